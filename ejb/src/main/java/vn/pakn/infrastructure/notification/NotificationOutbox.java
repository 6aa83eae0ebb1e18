package vn.pakn.infrastructure.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.pakn.domain.model.notification.Notification;
import vn.pakn.domain.model.notification.NotificationStatus;
import vn.pakn.domain.model.notification.RetryPolicy;

/**
 * The outbox table as the dispatcher sees it; every method is its own short transaction. A node claims a
 * due row with one conditional UPDATE that counts the attempt and pushes {@code next_attempt_at} to the end
 * of a claim lease: only one node's update can match (the other sees the row no longer due), and if the
 * claiming node dies before recording the result, the row becomes due again when the lease ends.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NotificationOutbox {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    public List<Long> dueIds(Instant now, int limit) {
        return em.createQuery("""
                SELECT n.id FROM Notification n WHERE n.status = :pending AND n.nextAttemptAt <= :now
                ORDER BY n.nextAttemptAt, n.id""", Long.class)
                .setParameter("pending", NotificationStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The message, if this call claimed it until {@code leaseUntil}; empty if another node was first. */
    public Optional<Notification> claim(long id, Instant now, Instant leaseUntil) {
        int n = em.createQuery("""
                UPDATE Notification n SET n.attempts = n.attempts + 1, n.nextAttemptAt = :lease
                WHERE n.id = :id AND n.status = :pending AND n.nextAttemptAt <= :now""")
                .setParameter("lease", leaseUntil)
                .setParameter("id", id)
                .setParameter("pending", NotificationStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        if (n != 1) {
            return Optional.empty();
        }
        em.clear();
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    public void delivered(long id, Instant at) {
        var n = em.find(Notification.class, id);
        if (n != null && n.getStatus() == NotificationStatus.PENDING) {
            n.markSent(at);
        }
    }

    /** Records a failed attempt; true if the message was given up (FAILED). */
    public boolean failed(long id, Instant at, String error, RetryPolicy policy) {
        var n = em.find(Notification.class, id);
        if (n == null || n.getStatus() != NotificationStatus.PENDING) {
            return false;
        }
        n.recordFailure(at, error, policy);
        return n.getStatus() == NotificationStatus.FAILED;
    }
}
