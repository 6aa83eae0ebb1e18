package vn.pakn.application.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.infrastructure.persistence.H2Migrations;

/** The break table of V51 on H2 in PostgreSQL mode: ids from its sequence, open breaks found by the user index. */
class OperatorBreakSqlTest {

    private static final Instant T0 = Instant.parse("2026-11-23T04:00:00Z");
    private Connection db;

    @BeforeEach
    void schema() throws SQLException {
        db = H2Migrations.open("V1__core_schema.sql", "V30__telephony.sql", "V51__calldesk.sql");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private void insert(String user, Instant start, Instant end) throws SQLException {
        try (var ps = db.prepareStatement("INSERT INTO operator_break (id, username, extension, reason, started_at, "
                + "ended_at) VALUES (nextval('operator_break_seq'), ?, '101', 'Ăn trưa', ?, ?)")) {
            ps.setString(1, user);
            ps.setObject(2, start.atOffset(ZoneOffset.UTC));
            ps.setObject(3, end == null ? null : end.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (var s = db.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void keepsEveryBreakAndFindsTheOpenOne() throws SQLException {
        insert("operator1", T0, T0.plusSeconds(600));
        insert("operator1", T0.plusSeconds(3600), null);
        insert("operator2", T0, null);

        assertThat(count("SELECT COUNT(*) FROM operator_break WHERE username = 'operator1' AND ended_at IS NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(DISTINCT id) FROM operator_break")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM operator_break WHERE version = 0 AND reason = 'Ăn trưa'")).isEqualTo(3);
    }
}
