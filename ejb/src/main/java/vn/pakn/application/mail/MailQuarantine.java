package vn.pakn.application.mail;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.pakn.application.admin.AdminAccess;
import vn.pakn.domain.model.mail.MailItem;
import vn.pakn.domain.model.mail.MailStatus;
import vn.pakn.domain.model.mail.QuarantineDecision;
import vn.pakn.domain.model.shared.DomainException;

/**
 * What ADMIN sees and decides of refused mail: each pending (quarantined) message with the reason, newest
 * first, and its raw bytes; a release (processed again, e.g. after a limit was raised) or a dismissal (with a
 * reason; kept, no longer pending). Every decision is recorded with who and when ({@link QuarantineDecision}).
 */
@Stateless
public class MailQuarantine {

    private static final Logger LOG = Logger.getLogger(MailQuarantine.class);

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private AdminAccess admin;

    @Inject
    private MailIntake intake;

    /** One quarantined message. The sender is shown to ADMIN only (it is personal data). */
    public record QuarantinedMail(long id, Instant receivedAt, String reason, String sender, String subject,
                                  String messageId, long size, boolean truncated, String attachments) {
    }

    /** What a release made of the message: REPORT, FOLLOW_UP, kept mail, or QUARANTINED again with the new reason. */
    public record Released(long id, MailStatus status, String trackingCode, String reason) {
    }

    /** A decision as the audit shows it. */
    public record Decision(QuarantineDecision.Action action, String decidedBy, Instant decidedAt, String quarantineReason,
                           String note, MailStatus outcome) {
    }

    public List<QuarantinedMail> list(int limit, int offset) {
        admin.requireAdmin();
        return em.createQuery("SELECT m FROM MailItem m WHERE m.status = :q ORDER BY m.receivedAt DESC, m.id DESC", MailItem.class)
                .setParameter("q", MailStatus.QUARANTINED)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultStream().map(MailQuarantine::view).toList();
    }

    /** The .eml bytes as received, for ADMIN to inspect offline (also of a dismissed message, for the audit). */
    public byte[] raw(long id) {
        admin.requireAdmin();
        var m = em.find(MailItem.class, id);
        if (m == null || (m.getStatus() != MailStatus.QUARANTINED && m.getStatus() != MailStatus.DISMISSED)) {
            throw DomainException.notFound("thư cách ly", "quarantined mail", id);
        }
        return m.getRaw();
    }

    /** The decisions ADMIN took on a message, oldest first. */
    public List<Decision> decisions(long id) {
        admin.requireAdmin();
        return em.createQuery("SELECT d FROM QuarantineDecision d WHERE d.mailItemId = :id ORDER BY d.decidedAt, d.id",
                        QuarantineDecision.class).setParameter("id", id).getResultStream()
                .map(d -> new Decision(d.getAction(), d.getDecidedBy(), d.getDecidedAt(), d.getQuarantineReason(), d.getNote(),
                        d.getOutcome())).toList();
    }

    /**
     * Processes a quarantined message again. Processing runs in its own transaction; if it fails, that is
     * rolled back and the message stays quarantined with the failure as its new reason (recorded as well).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Released release(long id) {
        String who = admin.requireAdmin().username();
        MailIntake.Outcome outcome;
        try {
            outcome = intake.release(id, who);
        } catch (DomainException | EJBException e) {
            if (e instanceof DomainException d && d.kind() != DomainException.Kind.INVALID) {
                throw d;
            }
            LOG.warnf("PAKN1603: released mail %d could not be processed (%s); it stays quarantined", id, e.getClass().getName());
            outcome = intake.releaseFailed(id, who, MailIntake.processingFailed(e));
        }
        LOG.infof("PAKN1604: quarantined mail %d released by %s: now %s", id, who, outcome.status());
        return new Released(id, outcome.status(), outcome.trackingCode(), outcome.reason());
    }

    /** Sets a quarantined message aside for good; the reason is required (why it needs no answer). */
    public void dismiss(long id, String reason) {
        String who = admin.requireAdmin().username();
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("missing-dismiss-reason", "Cần ghi lý do bỏ qua thư.", "A reason for dismissing the mail is required.");
        }
        if (reason.length() > QuarantineDecision.MAX_NOTE) {
            throw DomainException.invalid("dismiss-reason-too-long", "Lý do quá dài (tối đa " + QuarantineDecision.MAX_NOTE + " ký tự).",
                    "The reason is too long (at most " + QuarantineDecision.MAX_NOTE + " characters).");
        }
        intake.dismiss(id, who, reason);
    }

    private static QuarantinedMail view(MailItem m) {
        return new QuarantinedMail(m.getId(), m.getReceivedAt(), m.getReason(), m.getSender(), m.getSubject(), m.getMessageId(),
                m.getRawSize(), m.isTruncated(), m.getAttachments());
    }
}
