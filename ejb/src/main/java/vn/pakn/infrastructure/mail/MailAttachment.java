package vn.pakn.infrastructure.mail;

/**
 * An attachment as found in a message: the file name the sender gave, the type the header claimed, the type
 * {@link ContentSniffer} read from the bytes (the one we trust), the decoded size, whether it is accepted
 * ({@link MailLimits#allowedTypes()} and the size limit), and then its bytes; a refused one keeps no bytes
 * (it stays in the raw message) and says why.
 *
 * @param refusal "type" (not an accepted type) or "too-large", null when accepted
 */
public record MailAttachment(String fileName, String declaredType, String sniffedType, long size, boolean accepted,
                             byte[] content, String refusal) {

    public static final String TYPE_REFUSED = "type";
    public static final String TOO_LARGE = "too-large";

    /** An attachment described without its bytes (listing only). */
    public MailAttachment(String fileName, String declaredType, String sniffedType, long size, boolean accepted) {
        this(fileName, declaredType, sniffedType, size, accepted, null, accepted ? null : TYPE_REFUSED);
    }

    /** One line for the ADMIN view and the report: "photo.jpg (image/jpeg, 123 KB)". */
    public String describe() {
        String name = fileName == null || fileName.isBlank() ? "(không tên / unnamed)" : fileName;
        String why = TOO_LARGE.equals(refusal) ? " — tệp quá lớn / file too large" : " — loại tệp không được nhận / type not accepted";
        return name + " (" + sniffedType + ", " + Math.max(1, (size + 1023) / 1024) + " KB)" + (accepted ? "" : why);
    }
}
