package vn.pakn.infrastructure.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.infrastructure.persistence.H2Migrations;

/** The lease statement against the real schema (Flyway V1 on H2 in PostgreSQL mode), as two nodes would run it. */
class JobLeaseSqlTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00.100Z");

    private Connection db;

    @BeforeEach
    void schema() throws SQLException {
        db = H2Migrations.open("V1__core_schema.sql");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private boolean acquire(String holder, Instant now, Duration period) throws SQLException {
        try (var ps = db.prepareStatement(JobLease.ACQUIRE_SQL.replaceAll("\\?\\d", "?"))) {
            ps.setString(1, holder);
            ps.setObject(2, now.plus(period).atOffset(ZoneOffset.UTC));
            ps.setString(3, DeadlineMonitor.JOB);
            ps.setObject(4, now.atOffset(ZoneOffset.UTC));
            ps.setString(5, holder);
            ps.setObject(6, JobLease.renewFrom(now, period).atOffset(ZoneOffset.UTC));
            return ps.executeUpdate() == 1;
        }
    }

    @Test
    void onlyOneNodeRunsATick() throws SQLException {
        assertThat(acquire("a", T0, MINUTE)).isTrue();
        assertThat(acquire("b", T0.plusMillis(200), MINUTE)).isFalse();
    }

    @Test
    void holderRenewsEvenIfItsTickComesAFewMillisecondsEarly() throws SQLException {
        acquire("a", T0, MINUTE);

        assertThat(acquire("a", T0.plus(MINUTE).minusMillis(50), MINUTE)).isTrue();
        assertThat(acquire("b", T0.plus(MINUTE).plusMillis(300), MINUTE)).isFalse();
    }

    @Test
    void holderDoesNotRunBeforeItsPeriodIsOver() throws SQLException {
        var five = Duration.ofMinutes(5);
        acquire("a", T0, five);

        assertThat(acquire("a", T0.plus(MINUTE), five)).isFalse();
        assertThat(acquire("a", T0.plus(Duration.ofMinutes(4)), five)).isFalse();
        assertThat(acquire("a", T0.plus(five), five)).isTrue();
    }

    @Test
    void anotherNodeTakesOverOnlyAfterTheLeaseExpired() throws SQLException {
        acquire("a", T0, MINUTE);

        assertThat(acquire("b", T0.plus(MINUTE), MINUTE)).isFalse();
        assertThat(acquire("b", T0.plus(MINUTE).plusMillis(1), MINUTE)).isTrue();
        assertThat(acquire("a", T0.plus(MINUTE).plusMillis(2), MINUTE)).isFalse();
    }

    @Test
    void unknownJobIsNeverLeased() throws SQLException {
        try (var ps = db.prepareStatement(JobLease.ACQUIRE_SQL.replaceAll("\\?\\d", "?"))) {
            ps.setString(1, "a");
            ps.setObject(2, T0.atOffset(ZoneOffset.UTC));
            ps.setString(3, "no-such-job");
            ps.setObject(4, T0.atOffset(ZoneOffset.UTC));
            ps.setString(5, "a");
            ps.setObject(6, T0.atOffset(ZoneOffset.UTC));
            assertThat(ps.executeUpdate()).isZero();
        }
    }
}
