package vn.pakn.infrastructure.attachment;

/**
 * Configuration keys of attachments (MicroProfile Config, so also environment variables:
 * {@code pakn.attachment.max-bytes} is {@code PAKN_ATTACHMENT_MAX_BYTES}), defaults in {@link Defaults}. The
 * server's own request size limit (Undertow max-post-size, PAKN_HTTP_MAX_POST_BYTES in wildfly-config's
 * 06-server.cli) must leave room for max-files × max-bytes.
 */
public final class AttachmentSettings {

    /** long, bytes per file. */
    public static final String MAX_BYTES = "pakn.attachment.max-bytes";
    /** int, files per report or answer. */
    public static final String MAX_FILES = "pakn.attachment.max-files";
    /** String, comma-separated content types accepted (as sniffed); empty keeps the default list. */
    public static final String TYPES = "pakn.attachment.types";

    /** The defaults, as strings for {@code @ConfigProperty(defaultValue = …)}. */
    public static final class Defaults {
        public static final String MAX_BYTES = "10485760";
        public static final String MAX_FILES = "5";

        private Defaults() {
        }
    }

    private AttachmentSettings() {
    }
}
