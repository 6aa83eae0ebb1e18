package vn.pakn.application.intake;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.pakn.domain.model.inbox.InboxItem;

/**
 * Opens the cases of journaled submissions: claims pending journal rows in journal order with
 * {@code FOR UPDATE SKIP LOCKED} (two nodes never take the same row, and neither waits for the other), opens each
 * row's case through {@link ReportIntake#materialise} and marks the row done with its report, all in one
 * transaction per batch. A row whose case cannot be opened is marked failed with a reason free of personal data.
 */
@Stateless
public class JournalMaterialiser {

    private static final Logger LOG = Logger.getLogger(JournalMaterialiser.class);
    private static final String PENDING = "SELECT id FROM inbox_item WHERE status = 'PENDING' AND forward_due_at IS NOT NULL";

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private ReportIntake intake;

    /** Claims up to {@code max} pending rows and opens their cases in this one transaction; how many it took. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int materialiseNext(int max) {
        List<Long> ids = ids(em.createNativeQuery(PENDING + " ORDER BY id FETCH FIRST " + max + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .getResultList());
        ids.forEach(this::open);
        return ids.size();
    }

    /** The oldest pending rows, not claimed: the one-by-one pass after a batch failed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> pending(int max) {
        return ids(em.createNativeQuery(PENDING + " ORDER BY id FETCH FIRST " + max + " ROWS ONLY").getResultList());
    }

    /** Opens the case of one row, if it is still pending and no one else holds it; whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean materialiseOne(long id) {
        List<Long> claimed = ids(em.createNativeQuery(PENDING + " AND id = ?1 FOR UPDATE SKIP LOCKED").setParameter(1, id).getResultList());
        claimed.forEach(this::open);
        return !claimed.isEmpty();
    }

    /**
     * Opens the case of the row with this tracking code now, waiting for a materialiser that holds it: the citizen's
     * look-up right after the submit sees the case, not only the receipt. Empty if the code is not a pending row.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> materialiseCode(String trackingCode) {
        List<Long> claimed = ids(em.createNativeQuery(PENDING + " AND tracking_code = ?1 FOR UPDATE")
                .setParameter(1, trackingCode).getResultList());
        claimed.forEach(this::open);
        return claimed.stream().findFirst();
    }

    /** Marks a row that could not be materialised as failed, with a reason that names no person. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long id, String reason) {
        InboxItem item = em.find(InboxItem.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (item != null && item.getStatus() == InboxItem.Status.PENDING) {
            item.failed(reason);
            LOG.warnf("PAKN1801: journal row %d (tracking code %s) could not be opened as a case and is marked FAILED: %s",
                    id, item.getTrackingCode(), reason);
        }
    }

    /** The journal row of a tracking code whose case is not open (pending or failed), for the citizen's look-up. */
    public Optional<InboxItem> unopened(String trackingCode) {
        return em.createQuery("SELECT i FROM InboxItem i WHERE i.trackingCode = :c AND i.status <> :done AND i.forwardDueAt IS NOT NULL",
                        InboxItem.class)
                .setParameter("c", trackingCode).setParameter("done", InboxItem.Status.PROCESSED).getResultStream().findFirst();
    }

    private void open(Long id) {
        InboxItem item = em.find(InboxItem.class, id);
        intake.materialise(JournalPayload.read(item.getPayload()), item);
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }
}
