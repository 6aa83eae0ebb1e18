package vn.pakn.infrastructure.mail;

import java.util.List;
import java.util.Optional;
import vn.pakn.domain.model.mail.MailStatus;

/**
 * What the intake needs from an e-mail, decoded and normalised (NFC): ids for threading (without angle
 * brackets), the sender, the subject, the readable text and the attachments; and, for automatic mail
 * (auto-reply, bounce, list or loop), the status it is kept under with the reason.
 */
public record ParsedMail(String messageId, List<String> replyTo, String fromAddress, String fromName, String subject,
                         String text, List<MailAttachment> attachments, MailStatus automatic, String automaticReason) {

    public ParsedMail {
        replyTo = List.copyOf(replyTo);
        attachments = List.copyOf(attachments);
    }

    /** The status to keep an automatic message under, or empty for mail a person wrote. */
    public Optional<MailStatus> automaticStatus() {
        return Optional.ofNullable(automatic);
    }

    /** The attachments, one per line, for the ADMIN view. */
    public String attachmentSummary() {
        return attachments.stream().map(MailAttachment::describe).reduce((a, b) -> a + "\n" + b).orElse(null);
    }
}
