package vn.pakn.infrastructure.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import vn.pakn.application.Notifier;
import vn.pakn.application.mail.MailTemplates;
import vn.pakn.domain.model.notification.Notification;
import vn.pakn.domain.model.notification.NotificationKind;

/**
 * {@link Notifier} over the outbox table: one PENDING row per call, in the caller's transaction. Where ADMIN
 * keeps a template for the kind ({@link MailTemplates}), the template's text replaces the caller's, which
 * stays available to it as {@code {{message}}}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OutboxNotifier implements Notifier {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private MailTemplates templates;

    @Override
    public void notify(NotificationKind kind, Long caseId, Long unitId, String recipient, String subject, String body) {
        var text = templates.render(kind, caseId, unitId, body);
        em.persist(Notification.pending(kind, caseId, unitId, recipient, text.map(MailTemplates.Rendered::subject).orElse(subject),
                text.map(MailTemplates.Rendered::body).orElse(body), clock.instant()));
    }
}
