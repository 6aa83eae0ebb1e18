package vn.pakn.application.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.infrastructure.persistence.H2Migrations;

/** The idempotent inserts against the real schema (Flyway V1 + V30 on H2 in PostgreSQL mode). */
class CallSqlTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private Connection db;

    @BeforeEach
    void schema() throws SQLException {
        db = H2Migrations.open("V1__core_schema.sql", "V30__telephony.sql");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private int insertCall(String linkedId) throws SQLException {
        try (var ps = db.prepareStatement(CallSql.INSERT_CALL.replaceAll("\\?\\d", "?"))) {
            ps.setString(1, linkedId);
            ps.setString(2, "INBOUND");
            ps.setObject(3, T0.atOffset(ZoneOffset.UTC));
            return ps.executeUpdate();
        }
    }

    private int insertCallback(String linkedId, Long reportId) throws SQLException {
        try (var ps = db.prepareStatement(CallSql.INSERT_CALLBACK.replaceAll("\\?\\d", "?"))) {
            ps.setString(1, linkedId);
            ps.setString(2, "ABANDONED");
            ps.setString(3, "+84912345678");
            ps.setString(4, "hotline");
            if (reportId == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, reportId);
            }
            ps.setObject(6, T0.atOffset(ZoneOffset.UTC));
            return ps.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (var s = db.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void secondInsertOfTheSameLinkedidDoesNothing() throws SQLException {
        assertThat(insertCall("1700000000.1")).isEqualTo(1);
        assertThat(insertCall("1700000000.1")).isZero();
        assertThat(insertCall("1700000000.2")).isEqualTo(1);

        assertThat(count("SELECT COUNT(*) FROM hotline_call")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM hotline_call WHERE linkedid = '1700000000.1' AND phase = 'IVR' "
                + "AND revision = 0")).isEqualTo(1);
    }

    @Test
    void oneCallbackTaskPerCall() throws SQLException {
        assertThat(insertCallback("1700000000.1", null)).isEqualTo(1);
        assertThat(insertCallback("1700000000.1", null)).isZero();

        assertThat(count("SELECT COUNT(*) FROM callback_task WHERE state = 'OPEN' AND attempts = 0")).isEqualTo(1);
    }
}
