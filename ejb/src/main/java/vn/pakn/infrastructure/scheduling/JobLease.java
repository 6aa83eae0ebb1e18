package vn.pakn.infrastructure.scheduling;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The {@code job_lease} table: with several nodes, the node whose conditional UPDATE changes the job's row
 * runs the tick, the others skip it. The holder keeps the lease by renewing it when its tick comes round
 * (up to {@link #RENEW_TOLERANCE} early, for timer jitter); another node takes it only once it has expired,
 * i.e. when the holder missed a whole period (stopped or hung).
 *
 * <p>The lease is committed in its own transaction before the work starts. The work itself must still be
 * idempotent (it is: conditional updates per row), because a lease cannot stop a node that hangs past its
 * lease and then resumes.
 */
@Stateless
public class JobLease {

    /** How early the holder may renew, so that a tick a few milliseconds early is not skipped. */
    public static final Duration RENEW_TOLERANCE = Duration.ofSeconds(30);

    /**
     * Parameters in order: new holder, new end of lease, job name, now, holder again, the latest end of lease the
     * holder may renew ({@link #renewFrom}). Only the node whose update count is 1 runs the tick.
     */
    public static final String ACQUIRE_SQL = """
            UPDATE job_lease SET holder = ?1, leased_until = ?2
            WHERE job_name = ?3 AND (leased_until < ?4 OR (holder = ?5 AND leased_until <= ?6))""";

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    /**
     * Takes or renews the lease of {@code job} for {@code period} from {@code now}.
     *
     * @return true if this node holds the lease and should run this tick
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acquire(String job, String holder, Instant now, Duration period) {
        int n = em.createNativeQuery(ACQUIRE_SQL)
                .setParameter(1, holder)
                .setParameter(2, utc(now.plus(period)))
                .setParameter(3, job)
                .setParameter(4, utc(now))
                .setParameter(5, holder)
                .setParameter(6, utc(renewFrom(now, period)))
                .executeUpdate();
        return n == 1;
    }

    /** {@code now} plus the renewal tolerance: {@link #RENEW_TOLERANCE}, at most half the period. */
    public static Instant renewFrom(Instant now, Duration period) {
        Duration half = period.dividedBy(2);
        return now.plus(RENEW_TOLERANCE.compareTo(half) < 0 ? RENEW_TOLERANCE : half);
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
