package vn.pakn.application.mail;

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


    /**
     * The Message-ID from the headers alone (bodies may be broken; the headers decide the key). Read straight from
     * the bytes, as {@code InternetHeaders} reads them (ISO-8859-1, folded lines joined, several Message-ID headers
     * joined with a space), without it: Jakarta Mail 2.1 looks up its stream provider with a ServiceLoader on every
     * header block it parses, which cost more than the rest of this step in the mail benchmark's profile.
     */
    static String messageIdOf(byte[] raw) {
        if (raw == null) {
            return null;
        }
        String head = new String(raw, 0, headerEnd(raw), StandardCharsets.ISO_8859_1);
        StringBuilder value = null;
        boolean inMessageId = false;
        for (String line : head.split("\r?\n", -1)) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                if (inMessageId) {
                    value.append("\r\n").append(line);
                }
                continue;
            }
            int colon = line.indexOf(':');
            inMessageId = colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Message-ID");
            if (inMessageId) {
                value = value == null ? new StringBuilder() : value.append(' ');
                value.append(line.substring(colon + 1).stripLeading());
            }
        }
        return value == null ? null : MailParser.messageId(value.toString());
    }

    /** Where the header block ends: at the first empty line, or at the end of the bytes. */
    private static int headerEnd(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n' && (i + 1 < raw.length && raw[i + 1] == '\n'
                    || i + 2 < raw.length && raw[i + 1] == '\r' && raw[i + 2] == '\n')) {
                return i;
            }
        }
        if (raw.length > 1 && raw[0] == '\r' && raw[1] == '\n' || raw.length > 0 && raw[0] == '\n') {
            return 0;
        }
        return raw.length;
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
