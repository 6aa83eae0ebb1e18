package vn.pakn.application.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import vn.pakn.application.intake.ReportIntake;
import vn.pakn.infrastructure.mail.MailParser;
import vn.pakn.infrastructure.mail.ParsedMail;

/**
 * How an e-mail is written as a report: the title from the subject without reply and forward prefixes, the
 * description from the text (or the subject) with the attachments listed, and the key that makes a message
 * unique in the inbox (its Message-ID, or a hash of its bytes).
 */
final class MailReports {

    private static final Pattern SUBJECT_PREFIX = Pattern.compile(
            "(?iu)^\\s*((re|fw|fwd|aw|sv|tr|tl|trả lời|chuyển tiếp|phản hồi)\\s*(\\[\\d+])?\\s*:\\s*|\\[pakn]\\s*)+");

    private MailReports() {
    }

    static String title(String subject) {
        if (subject == null) {
            return null;
        }
        String t = SUBJECT_PREFIX.matcher(subject).replaceFirst("").strip();
        if (t.isEmpty()) {
            return null;
        }
        return t.length() <= ReportIntake.MAX_TITLE ? t : t.substring(0, ReportIntake.MAX_TITLE - 1) + "…";
    }

    static String description(ParsedMail mail) {
        String text = mail.text() == null || mail.text().isBlank() ? mail.subject() : mail.text();
        if (text == null || text.isBlank()) {
            text = "(Thư chỉ có tệp đính kèm / attachments only)";
        }
        if (mail.attachmentSummary() != null) {
            text = text + "\n\nTệp đính kèm / Attachments:\n" + mail.attachmentSummary();
        }
        return cut(text, ReportIntake.MAX_DESCRIPTION);
    }


    /** The Message-ID from the headers alone (bodies may be broken; the headers decide the key). */
    static String messageIdOf(byte[] raw) {
        try {
            var headers = new InternetHeaders(new ByteArrayInputStream(raw));
            return MailParser.messageId(headers.getHeader("Message-ID", " "));
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** "mid:&lt;id&gt;" (hashed when too long for the column), or "sha256:&lt;hash of the bytes&gt;" without an id. */
    static String idempotencyKey(String messageId, byte[] raw) {
        if (messageId != null) {
            return messageId.length() <= 190 ? "mid:" + messageId : "mid-sha256:" + sha256(messageId.getBytes(StandardCharsets.UTF_8));
        }
        return "sha256:" + sha256(raw);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
