package vn.pakn.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.infrastructure.persistence.H2Migrations;

/**
 * V20 and V64 on H2 in PostgreSQL mode (the embedded default): raw bytes stored as they came, the inbox key that makes a
 * message unique, the shipped templates, and the mailbox lease statement as two nodes would run it.
 */
class MailSchemaSqlTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private Connection db;

    @BeforeEach
    void schema() throws SQLException {
        db = H2Migrations.open("V1__core_schema.sql", "V20__mail_channel.sql", "V64__mail_quarantine_decisions.sql");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void storesRawBytesAndRefusesASecondInboxRowForTheSameMessageId() throws SQLException {
        byte[] raw = new byte[300_000];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) i;
        }
        try (var s = db.createStatement()) {
            s.execute("INSERT INTO inbox_item (id, channel, idempotency_key, received_at, status) VALUES (1, 'EMAIL', 'mid:a@x', NOW(), 'PENDING')");
        }
        try (var ps = db.prepareStatement("INSERT INTO mail_item (id, inbox_item_id, raw, raw_size, received_at, status) VALUES (1, 1, ?, ?, NOW(), 'STORED')")) {
            ps.setBytes(1, raw);
            ps.setLong(2, raw.length);
            ps.executeUpdate();
        }
        try (var rs = db.createStatement().executeQuery("SELECT raw FROM mail_item WHERE id = 1")) {
            rs.next();
            assertThat(rs.getBytes(1)).isEqualTo(raw);
        }
        assertThatThrownBy(() -> db.createStatement().execute(
                "INSERT INTO inbox_item (id, channel, idempotency_key, received_at, status) VALUES (2, 'EMAIL', 'mid:a@x', NOW(), 'PENDING')"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void keepsEveryQuarantineDecisionOfAMailAndOnlyReleasesAndDismissals() throws SQLException {
        try (var s = db.createStatement()) {
            s.execute("INSERT INTO inbox_item (id, channel, idempotency_key, received_at, status) VALUES (1, 'EMAIL', 'mid:q@x', NOW(), 'FAILED')");
            s.execute("INSERT INTO mail_item (id, inbox_item_id, raw, raw_size, received_at, status) VALUES (1, 1, X'41', 1, NOW(), 'DISMISSED')");
            s.execute("INSERT INTO mail_quarantine_decision (id, mail_item_id, action, decided_by, decided_at, outcome) "
                    + "VALUES (1, 1, 'RELEASE', 'admin', NOW(), 'QUARANTINED')");
            s.execute("INSERT INTO mail_quarantine_decision (id, mail_item_id, action, decided_by, decided_at, note, outcome) "
                    + "VALUES (2, 1, 'DISMISS', 'admin', NOW(), 'thư rác', 'DISMISSED')");
        }
        assertThatThrownBy(() -> db.createStatement().execute("INSERT INTO mail_quarantine_decision (id, mail_item_id, action, decided_by, "
                + "decided_at) VALUES (3, 1, 'DELETE', 'admin', NOW())")).isInstanceOf(SQLException.class);
        try (var rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM mail_quarantine_decision WHERE mail_item_id = 1")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void shipsATemplatePerLanguageForEveryTemplatedKind() throws SQLException {
        try (var rs = db.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT kind) FROM mail_template")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(10);
            assertThat(rs.getInt(2)).isEqualTo(5);
        }
        try (var rs = db.createStatement().executeQuery("SELECT kind, lang, subject, body FROM mail_template")) {
            while (rs.next()) {
                vn.pakn.domain.model.mail.TemplatePlaceholders.check(
                        vn.pakn.domain.model.notification.NotificationKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4));
            }
        }
    }

    @Test
    void oneNodeHoldsTheMailboxUntilItsLeaseRunsOut() throws SQLException {
        assertThat(hold("a", T0)).isTrue();
        assertThat(hold("b", T0.plusSeconds(10))).isFalse();
        assertThat(hold("a", T0.plusSeconds(20))).as("the holder renews at every poll").isTrue();
        assertThat(hold("b", T0.plusSeconds(20 + 61))).as("taken over once the lease ran out").isTrue();
        assertThat(hold("a", T0.plusSeconds(90))).isFalse();
    }

    private boolean hold(String holder, Instant now) throws SQLException {
        try (var ps = db.prepareStatement(MailboxLease.HOLD_SQL.replaceAll("\\?\\d", "?"))) {
            ps.setString(1, holder);
            ps.setObject(2, now.plusSeconds(60).atOffset(ZoneOffset.UTC));
            ps.setString(3, MailboxLease.JOB);
            ps.setObject(4, now.atOffset(ZoneOffset.UTC));
            ps.setString(5, holder);
            return ps.executeUpdate() == 1;
        }
    }
}
