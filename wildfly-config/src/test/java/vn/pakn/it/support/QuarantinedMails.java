package vn.pakn.it.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Quarantined mail as an earlier run of the reader left it: the raw .eml stored with its inbox row, status
 * QUARANTINED and the reason of that time (e.g. processing failed while the database was unavailable), and
 * the message already moved out of the mailbox. Written straight into PostgreSQL, as the reader would have;
 * ids come from the application's sequences, so they never collide with the ids Hibernate hands out.
 */
public final class QuarantinedMails {

    private QuarantinedMails() {
    }

    /** A citizen's mail that processing can take in now; the mail_item id. */
    public static long citizenMail(String messageId, String from, String subject, String body, String reason) {
        return insert(messageId, from, subject, eml(messageId, "=?UTF-8?Q?Ng=C6=B0=E1=BB=9Di_d=C3=A2n?= <" + from + ">", subject, body), reason);
    }

    /** A mail whose From cannot be answered: released, it is quarantined again, with that reason. */
    public static long mailWithoutSender(String messageId, String subject, String body, String reason) {
        return insert(messageId, null, subject, eml(messageId, "undisclosed-recipients:;", subject, body), reason);
    }

    private static byte[] eml(String messageId, String from, String subject, String body) {
        return ("From: " + from + "\r\nTo: pakn@localhost\r\nSubject: " + subject + "\r\nMessage-ID: <" + messageId
                + ">\r\nDate: Mon, 23 Nov 2026 09:00:00 +0700\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))
                + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static long insert(String messageId, String sender, String subject, byte[] raw, String reason) {
        long inboxId = ((Number) ItDatabase.value("SELECT nextval('inbox_item_seq')").orElseThrow()).longValue();
        long mailId = ((Number) ItDatabase.value("SELECT nextval('mail_item_seq')").orElseThrow()).longValue();
        ItDatabase.update("INSERT INTO inbox_item (id, channel, idempotency_key, received_at, status, error) "
                + "VALUES (?, 'EMAIL', ?, NOW(), 'FAILED', ?)", inboxId, "mid:" + messageId, reason);
        ItDatabase.update("INSERT INTO mail_item (id, inbox_item_id, message_id, raw, raw_size, truncated, received_at, status, reason, sender, subject, processed_at) "
                + "VALUES (?, ?, ?, ?, ?, FALSE, NOW(), 'QUARANTINED', ?, ?, ?, NOW())", mailId, inboxId, messageId, raw, (long) raw.length,
                reason, sender, subject);
        return mailId;
    }
}
