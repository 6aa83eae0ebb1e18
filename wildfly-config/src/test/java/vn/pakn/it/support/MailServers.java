package vn.pakn.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Real IMAP and SMTP servers (GreenMail) in the test JVM for the whole IT run, started when the launcher
 * session opens, i.e. before Arquillian starts WildFly, which src/test/resources/arquillian.xml points at them
 * through system properties (pakn.imap.*, pakn.smtp.*). The ports follow the WildFly port offset
 * ({@code 3143 + offset} and {@code 3025 + offset}), so parallel IT runs with different offsets do not collide.
 *
 * <p>IMAP and SMTP are separate GreenMail instances so that a test can stop the SMTP server alone
 * ({@link #stopSmtp()}, {@link #startSmtp()}) and watch the outbox retry.
 */
public final class MailServers implements LauncherSessionListener {

    public static final String MAILBOX_USER = "pakn";
    public static final String MAILBOX_PASSWORD = "pakn-it";
    public static final String MAILBOX_ADDRESS = "pakn@localhost";

    private static volatile GreenMail imap;
    private static volatile GreenMail smtp;

    public static int imapPort() {
        return 3143 + Integer.getInteger("pakn.it.port.offset", 100);
    }

    public static int smtpPort() {
        return 3025 + Integer.getInteger("pakn.it.port.offset", 100);
    }

    public static GreenMail imap() {
        return imap;
    }

    /** The SMTP server the application sends through; null while stopped. */
    public static GreenMail smtp() {
        return smtp;
    }

    /** Puts a raw message (RFC 822 bytes) into the application's mailbox, as a mail server delivering it would. */
    public static void deliver(byte[] eml) {
        try {
            var message = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                    new java.io.ByteArrayInputStream(eml));
            imap.getUserManager().getUser(MAILBOX_USER).deliver(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("cannot deliver the test message", e);
        }
    }

    /** Messages the SMTP server received for the address so far (none while it is stopped). */
    public static java.util.List<jakarta.mail.internet.MimeMessage> receivedBy(String address) {
        GreenMail s = smtp;
        if (s == null) {
            return java.util.List.of();
        }
        java.util.List<jakarta.mail.internet.MimeMessage> found = new java.util.ArrayList<>();
        for (var m : s.getReceivedMessages()) {
            try {
                if (java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address))) {
                    found.add(m);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    public static synchronized void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    public static synchronized void startSmtp() {
        if (smtp == null) {
            var s = new GreenMail(new ServerSetup(smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            s.start();
            smtp = s;
        }
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("pakn.it.imap.port", String.valueOf(imapPort()));
        System.setProperty("pakn.it.smtp.port", String.valueOf(smtpPort()));
        var i = new GreenMail(new ServerSetup(imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        i.start();
        i.setUser(MAILBOX_ADDRESS, MAILBOX_USER, MAILBOX_PASSWORD);
        imap = i;
        startSmtp();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopSmtp();
        if (imap != null) {
            imap.stop();
            imap = null;
        }
    }
}
