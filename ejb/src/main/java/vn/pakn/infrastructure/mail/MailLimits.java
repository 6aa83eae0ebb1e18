package vn.pakn.infrastructure.mail;

import java.util.Set;

/**
 * What an inbound e-mail may be before it is quarantined instead of read: its size, the number of MIME parts
 * and their nesting (a "MIME bomb" is thousands of nested parts), the size, number and types of attachments,
 * and how far a zip attachment may expand (a zip bomb is a few KB that expand to GB).
 */
public record MailLimits(long maxMessageBytes, long maxAttachmentBytes, int maxAttachments, int maxParts, int maxDepth,
                         long maxZipExpandedBytes, int maxZipRatio, Set<String> allowedTypes) {

    public static final long DEFAULT_MAX_MESSAGE_BYTES = 25L * 1024 * 1024;
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_ATTACHMENTS = 20;
    public static final int DEFAULT_MAX_PARTS = 200;
    public static final int DEFAULT_MAX_DEPTH = 12;
    public static final long DEFAULT_MAX_ZIP_EXPANDED_BYTES = 100L * 1024 * 1024;
    public static final int DEFAULT_MAX_ZIP_RATIO = 100;
    /** Photos, documents and short videos citizens send; sniffed from the bytes ({@link ContentSniffer}). */
    public static final Set<String> DEFAULT_ALLOWED_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "image/heic", "image/bmp", "image/tiff", "application/pdf", "application/zip", "application/msword",
            "application/vnd.openxmlformats-officedocument", "text/plain", "video/mp4", "video/quicktime", "audio/mpeg",
            "audio/mp4", "audio/wav", "message/rfc822");

    public static final MailLimits DEFAULTS = new MailLimits(DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_MAX_ATTACHMENT_BYTES,
            DEFAULT_MAX_ATTACHMENTS, DEFAULT_MAX_PARTS, DEFAULT_MAX_DEPTH, DEFAULT_MAX_ZIP_EXPANDED_BYTES,
            DEFAULT_MAX_ZIP_RATIO, DEFAULT_ALLOWED_TYPES);

    public MailLimits {
        if (maxMessageBytes < 1024 || maxAttachmentBytes < 1 || maxAttachments < 0 || maxParts < 1 || maxDepth < 1
                || maxZipExpandedBytes < 1 || maxZipRatio < 1) {
            throw new IllegalArgumentException("mail limits must be positive (message at least 1024 bytes)");
        }
        allowedTypes = Set.copyOf(allowedTypes);
    }
}
