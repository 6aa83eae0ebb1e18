package vn.pakn.application.mail;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import vn.pakn.domain.model.mail.MailItem;
import vn.pakn.domain.model.mail.MailStatus;
import vn.pakn.domain.model.shared.DomainException;

/** What ADMIN sees of refused mail: each quarantined message with the reason, newest first, and its raw bytes. */
@Stateless
public class MailQuarantine {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @jakarta.inject.Inject
    private vn.pakn.application.admin.AdminAccess admin;

    /** One quarantined message. The sender is shown to ADMIN only (it is personal data). */
    public record QuarantinedMail(long id, Instant receivedAt, String reason, String sender, String subject,
                                  String messageId, long size, boolean truncated, String attachments) {
    }

    public List<QuarantinedMail> list(int limit, int offset) {
        admin.requireAdmin();
        return em.createQuery("SELECT m FROM MailItem m WHERE m.status = :q ORDER BY m.receivedAt DESC, m.id DESC", MailItem.class)
                .setParameter("q", MailStatus.QUARANTINED)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultStream().map(MailQuarantine::view).toList();
    }

    /** The .eml bytes as received, for ADMIN to inspect offline. */
    public byte[] raw(long id) {
        admin.requireAdmin();
        var m = em.find(MailItem.class, id);
        if (m == null || m.getStatus() != MailStatus.QUARANTINED) {
            throw DomainException.notFound("thư cách ly", "quarantined mail", id);
        }
        return m.getRaw();
    }

    private static QuarantinedMail view(MailItem m) {
        return new QuarantinedMail(m.getId(), m.getReceivedAt(), m.getReason(), m.getSender(), m.getSubject(), m.getMessageId(),
                m.getRawSize(), m.isTruncated(), m.getAttachments());
    }
}
