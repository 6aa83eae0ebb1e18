package vn.pakn.infrastructure.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.pakn.domain.model.notification.Notification;
import vn.pakn.domain.model.notification.Recipients;
import vn.pakn.infrastructure.notification.LoggingNotificationChannel;
import vn.pakn.infrastructure.notification.NotificationChannel;

/**
 * Delivers outbox messages by e-mail through the server's mail session ({@value MailSettings#MAIL_SESSION},
 * SMTP host from PAKN_SMTP_*): a citizen's address as written, {@code unit:<id>} to the unit's contact
 * address, {@code user:} and {@code role:} to the staff accounts' addresses (Bcc, so staff do not see each
 * other). Where no e-mail address exists (a phone number, a unit without an address) the logging channel
 * takes the message. An SMTP failure throws, so the dispatcher retries with backoff: a mail server that is
 * down delays mail, it never loses it.
 *
 * <p>Each message gets a Message-ID made from the notification id, recorded with its case before sending
 * ({@link MailThreads}), so that a citizen's reply threads to the case; a retry sends the same id, so a
 * receiving server may recognise a duplicate. Messages carry Auto-Submitted and our loop header, so
 * auto-responders stay quiet and our own mail coming back is never taken for a report.
 */
@ApplicationScoped
@Alternative
@Priority(100)
public class MailNotificationChannel implements NotificationChannel {

    private static final Logger LOG = Logger.getLogger(MailNotificationChannel.class);

    @Resource(lookup = MailSettings.MAIL_SESSION)
    private Session session;

    @Inject
    private LoggingNotificationChannel log;

    @Inject
    private MailThreads threads;

    private Transport transport;

    @Override
    public void deliver(Notification n) throws MessagingException {
        List<InternetAddress> to = threads.addressesOf(n.getRecipient());
        if (to.isEmpty() || session == null) {
            log.deliver(n);
            return;
        }
        String domain = domainOf(session.getProperty("mail.from"));
        String messageId = "pakn.n" + n.getId() + "@" + domain;
        Optional<String> inReplyTo = n.getCaseId() == null ? Optional.empty() : threads.recordOutgoing(messageId, n.getCaseId(),
                isCitizen(n.getRecipient()));
        var m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + messageId + ">");
            }
        };
        m.setFrom();
        if (isCitizen(n.getRecipient())) {
            m.setRecipients(Message.RecipientType.TO, to.toArray(InternetAddress[]::new));
        } else {
            m.setRecipients(Message.RecipientType.TO, new InternetAddress[] {to.get(0)});
            if (to.size() > 1) {
                m.setRecipients(Message.RecipientType.BCC, to.subList(1, to.size()).toArray(InternetAddress[]::new));
            }
        }
        m.setSubject(n.getSubject(), "UTF-8");
        m.setText(n.getBody(), "UTF-8");
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setHeader(AutomaticMail.LOOP_HEADER, domain);
        if (inReplyTo.isPresent()) {
            m.setHeader("In-Reply-To", "<" + inReplyTo.get() + ">");
            m.setHeader("References", "<" + inReplyTo.get() + ">");
        }
        m.setSentDate(new java.util.Date());
        send(m);
        LOG.infof("PAKN0611: notification %d %s (case %s) mailed to %s", n.getId(), n.getKind(), n.getCaseId(),
                Recipients.forLog(n.getRecipient()));
    }

    /**
     * Sends over one SMTP connection kept open between messages (a dispatcher run sends up to a hundred);
     * a connection the server has dropped is opened again once. Failures reach the dispatcher, which retries.
     */
    private synchronized void send(MimeMessage m) throws MessagingException {
        m.saveChanges();
        for (int attempt = 1; ; attempt++) {
            try {
                if (transport == null || !transport.isConnected()) {
                    closeTransport();
                    transport = session.getTransport("smtp");
                    transport.connect();
                }
                transport.sendMessage(m, m.getAllRecipients());
                return;
            } catch (MessagingException e) {
                closeTransport();
                if (attempt >= 2 || e instanceof jakarta.mail.SendFailedException) {
                    throw e;
                }
            }
        }
    }

    private void closeTransport() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException ignored) {
                // a broken connection; a new one is opened for the next message
            }
            transport = null;
        }
    }

    @PreDestroy
    synchronized void stop() {
        closeTransport();
    }

    private static boolean isCitizen(String recipient) {
        String r = recipient == null ? "" : recipient.toLowerCase(Locale.ROOT);
        return !r.startsWith(Recipients.UNIT) && !r.startsWith(Recipients.USER) && !r.startsWith(Recipients.ROLE);
    }

    static String domainOf(String from) {
        if (from == null || !from.contains("@")) {
            return "pakn.localhost";
        }
        String d = from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip();
        return d.isEmpty() ? "pakn.localhost" : d;
    }
}
