package vn.pakn.infrastructure.mail;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The mailbox reader's row in {@code job_lease}: one node reads the mailbox at a time, and keeps reading as
 * long as it renews (at every poll and at every IDLE wake-up, unlike the timers' leases, which allow one run
 * per period). Another node takes over when the lease has run out, i.e. the holder stopped or hung. The
 * lease saves work; correctness under two readers comes from {@code MailIntake} (unique key and row lock).
 *
 * <p>A singleton so that the reader can name it in {@code @DependsOn}: the container then keeps it running until
 * the reader has stopped, and the release in the reader's {@code @PreDestroy} reaches the database. (A stateless
 * bean may already be stopped by then; the lease then stayed taken until it ran out, and the mailbox was not read
 * for a minute after every redeployment or rolling restart.)
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailboxLease {

    public static final String JOB = "mailbox-reader";

    /** Parameters: holder, end of lease, job, now, holder again. Only the node whose update count is 1 reads. */
    public static final String HOLD_SQL = """
            UPDATE job_lease SET holder = ?1, leased_until = ?2
            WHERE job_name = ?3 AND (leased_until < ?4 OR holder = ?5)""";

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    /** True if this node holds the lease until {@code now + length}. */
    public boolean hold(String holder, Instant now, Duration length) {
        return em.createNativeQuery(HOLD_SQL)
                .setParameter(1, holder)
                .setParameter(2, utc(now.plus(length)))
                .setParameter(3, JOB)
                .setParameter(4, utc(now))
                .setParameter(5, holder)
                .executeUpdate() == 1;
    }

    /** Lets another node take over at once (this node is stopping). */
    public void release(String holder) {
        em.createNativeQuery("UPDATE job_lease SET leased_until = ?1 WHERE job_name = ?2 AND holder = ?3")
                .setParameter(1, utc(Instant.parse("2000-01-01T00:00:00Z")))
                .setParameter(2, JOB)
                .setParameter(3, holder)
                .executeUpdate();
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }
}
