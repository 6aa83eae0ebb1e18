package vn.pakn.infrastructure.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import vn.pakn.application.Notifier;
import vn.pakn.domain.model.notification.Notification;
import vn.pakn.domain.model.notification.NotificationKind;

/** {@link Notifier} over the outbox table: one PENDING row per call, in the caller's transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OutboxNotifier implements Notifier {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public void notify(NotificationKind kind, Long caseId, Long unitId, String recipient, String subject, String body) {
        em.persist(Notification.pending(kind, caseId, unitId, recipient, subject, body, clock.instant()));
    }
}
