package vn.pakn.infrastructure.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.pakn.domain.model.identity.AppUser;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.mail.MailThread;
import vn.pakn.domain.model.notification.Recipients;
import vn.pakn.domain.model.unit.Unit;

/**
 * The database side of sending mail, each call its own short transaction (delivery runs outside any): the
 * e-mail addresses a symbolic recipient stands for at the moment of sending, and the Message-IDs we send,
 * recorded with their case so that replies thread.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailThreads {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The addresses to mail; empty when the recipient has none (a phone number, a unit without e-mail). */
    public List<InternetAddress> addressesOf(String recipient) {
        List<String> found = new ArrayList<>();
        if (recipient == null || recipient.isBlank()) {
            return List.of();
        }
        String r = recipient.strip();
        String lower = r.toLowerCase(Locale.ROOT);
        if (lower.startsWith(Recipients.UNIT)) {
            try {
                Unit u = em.find(Unit.class, Long.parseLong(r.substring(Recipients.UNIT.length())));
                if (u != null && u.getEmail() != null) {
                    found.add(u.getEmail());
                }
            } catch (NumberFormatException e) {
                return List.of();
            }
        } else if (lower.startsWith(Recipients.USER)) {
            em.createQuery("SELECT u.email FROM AppUser u WHERE u.username = :n AND u.email IS NOT NULL", String.class)
                    .setParameter("n", r.substring(Recipients.USER.length())).getResultStream().forEach(found::add);
        } else if (lower.startsWith(Recipients.ROLE)) {
            try {
                Role role = Role.valueOf(r.substring(Recipients.ROLE.length()).toUpperCase(Locale.ROOT));
                em.createQuery("SELECT u FROM AppUser u WHERE u.active = TRUE AND u.email IS NOT NULL", AppUser.class)
                        .getResultStream().filter(u -> u.getRoles().contains(role)).map(AppUser::getEmail).forEach(found::add);
            } catch (IllegalArgumentException e) {
                return List.of();
            }
        } else if (r.contains("@")) {
            found.add(r);
        }
        List<InternetAddress> addresses = new ArrayList<>();
        for (String a : found) {
            try {
                var address = new InternetAddress(a, true);
                if (!addresses.contains(address)) {
                    addresses.add(address);
                }
            } catch (AddressException e) {
                // an address that cannot be mailed is skipped; the others still get the message
            }
        }
        return addresses;
    }

    /**
     * Records an outgoing Message-ID with its case (once; a retry finds it) and, for a citizen, returns the
     * Message-ID of the case's first inbound mail, so that our message shows in the citizen's thread.
     */
    public Optional<String> recordOutgoing(String messageId, long caseId, boolean toCitizen) {
        if (em.find(MailThread.class, messageId) == null) {
            em.persist(new MailThread(messageId, caseId, MailThread.Direction.OUT, clock.instant()));
        }
        if (!toCitizen) {
            return Optional.empty();
        }
        return em.createQuery("""
                SELECT t.messageId FROM MailThread t WHERE t.caseId = :c AND t.direction = 'IN' ORDER BY t.recordedAt""", String.class)
                .setParameter("c", caseId).setMaxResults(1).getResultStream().findFirst();
    }
}
