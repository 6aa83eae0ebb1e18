package vn.pakn.application.deadline;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.pakn.application.CaseHistory;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.identity.Actor;

/**
 * Closes, as {@link Actor#SYSTEM}, the published cases whose {@link ReopenWindow} has passed. Each case is
 * closed in its own transaction under a row lock, so a citizen reopening at the same moment and a second
 * node are serialised: whoever comes second sees the new state and does nothing.
 */
@Stateless
public class PublishedCaseCloser {

    private static final Logger LOG = Logger.getLogger(PublishedCaseCloser.class);

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private CaseHistory history;

    @Inject
    @ConfigProperty(name = ReopenWindow.CONFIG_KEY, defaultValue = "" + ReopenWindow.DEFAULT_DAYS)
    private int windowDays;

    public ReopenWindow window() {
        return new ReopenWindow(windowDays);
    }

    /** Ids of published cases whose window has closed at {@code now}, oldest first. */
    public List<Long> expired(Instant now, int limit) {
        return em.createQuery("""
                SELECT c.id FROM PaknCase c WHERE c.state = :published AND c.publishedAt <= :bound
                ORDER BY c.publishedAt, c.id""", Long.class)
                .setParameter("published", CaseState.PUBLISHED)
                .setParameter("bound", window().publishedOnOrBeforeIsClosed(now))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Closes one case if it is still published and its window has passed; true if this call closed it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean close(long caseId, Instant now) {
        Case c = em.find(Case.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        var window = window();
        if (c == null || c.getState() != CaseState.PUBLISHED || c.getPublishedAt() == null
                || window.isOpen(c.getPublishedAt(), now)) {
            return false;
        }
        history.append(c.close(Actor.SYSTEM, now, "Hết thời hạn " + window.days()
                + " ngày để yêu cầu xem xét lại, hệ thống tự động đóng hồ sơ. / The " + window.days()
                + "-day reopen window has passed; closed automatically."));
        LOG.infof("PAKN0211: case %d closed after its %d-day reopen window", caseId, window.days());
        return true;
    }
}
