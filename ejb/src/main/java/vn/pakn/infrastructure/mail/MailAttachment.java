package vn.pakn.infrastructure.mail;

/**
 * An attachment as found in a message: the file name the sender gave, the type the header claimed, the type
 * {@link ContentSniffer} read from the bytes (the one we trust), the decoded size, and whether its type is
 * accepted ({@link MailLimits#allowedTypes()}); one that is not stays in the raw message only.
 */
public record MailAttachment(String fileName, String declaredType, String sniffedType, long size, boolean accepted) {

    /** One line for the ADMIN view and the report: "photo.jpg (image/jpeg, 123 KB)". */
    public String describe() {
        String name = fileName == null || fileName.isBlank() ? "(không tên / unnamed)" : fileName;
        return name + " (" + sniffedType + ", " + Math.max(1, (size + 1023) / 1024) + " KB)"
                + (accepted ? "" : " — loại tệp không được nhận / type not accepted");
    }
}
