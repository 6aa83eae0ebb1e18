package vn.pakn.infrastructure.mail;

/**
 * Configuration keys of the e-mail channel (MicroProfile Config, so also environment variables:
 * {@code pakn.imap.host} is {@code PAKN_IMAP_HOST}), with their defaults in {@link Defaults}. With no IMAP host
 * (the default) the mailbox reader is off; outgoing mail uses the server's mail session
 * {@value #MAIL_SESSION} whatever these say (PAKN_SMTP_* in wildfly-config's 04-mail.cli).
 */
public final class MailSettings {

    /** String, IMAP server host name; empty turns the mailbox reader off. */
    public static final String IMAP_HOST = "pakn.imap.host";
    /** int, IMAP port; 0 means 993 with TLS and 143 without. */
    public static final String IMAP_PORT = "pakn.imap.port";
    /** boolean, IMAP over TLS (imaps). */
    public static final String IMAP_TLS = "pakn.imap.tls";
    /** String, mailbox user name. */
    public static final String IMAP_USER = "pakn.imap.user";
    /** String, mailbox password (from the environment or a secret store, never from a file in the repository). */
    public static final String IMAP_PASSWORD = "pakn.imap.password";
    /** String, the folder new mail is read from. */
    public static final String IMAP_FOLDER = "pakn.imap.folder";
    /** String, the folder a message is moved to once it is stored and processed (created if missing). */
    public static final String IMAP_PROCESSED_FOLDER = "pakn.imap.processed-folder";
    /** String, the folder quarantined messages are moved to (created if missing). */
    public static final String IMAP_QUARANTINE_FOLDER = "pakn.imap.quarantine-folder";
    /** Duration, time between two polls (also the safety net when IDLE is used). */
    public static final String IMAP_POLL_INTERVAL = "pakn.imap.poll-interval";
    /** boolean, wait with IMAP IDLE where the server supports it, so new mail is read within seconds. */
    public static final String IMAP_IDLE = "pakn.imap.idle";
    /** int, messages read per poll at most. */
    public static final String IMAP_BATCH_SIZE = "pakn.imap.batch-size";
    /** long, bytes; a bigger message is quarantined (only its beginning is stored). */
    public static final String MAX_MESSAGE_BYTES = "pakn.mail.max-message-bytes";
    /** long, bytes per attachment. */
    public static final String MAX_ATTACHMENT_BYTES = "pakn.mail.max-attachment-bytes";
    /** int, attachments per message. */
    public static final String MAX_ATTACHMENTS = "pakn.mail.max-attachments";
    /** String, comma-separated: further addresses of ours (aliases); mail from them is a loop. */
    public static final String OWN_ADDRESSES = "pakn.mail.own-addresses";
    /** String, our sender address, as the mail session's "from" (PAKN_MAIL_FROM). */
    public static final String FROM = "pakn.mail.from";
    /** The JNDI name of the mail session that sends. */
    public static final String MAIL_SESSION = "java:jboss/mail/pakn";

    /** The defaults, as strings for {@code @ConfigProperty(defaultValue = …)}. */
    public static final class Defaults {
        public static final String IMAP_PORT = "0";
        public static final String IMAP_TLS = "true";
        public static final String IMAP_FOLDER = "INBOX";
        public static final String IMAP_PROCESSED_FOLDER = "PAKN-processed";
        public static final String IMAP_QUARANTINE_FOLDER = "PAKN-quarantine";
        public static final String IMAP_POLL_INTERVAL = "PT30S";
        public static final String IMAP_IDLE = "true";
        public static final String IMAP_BATCH_SIZE = "200";
        public static final String MAX_MESSAGE_BYTES = "26214400";
        public static final String MAX_ATTACHMENT_BYTES = "10485760";
        public static final String MAX_ATTACHMENTS = "20";
        public static final String FROM = "pakn@localhost";

        private Defaults() {
        }
    }

    private MailSettings() {
    }
}
