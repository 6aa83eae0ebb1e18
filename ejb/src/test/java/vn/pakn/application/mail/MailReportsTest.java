package vn.pakn.application.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.infrastructure.mail.MailAttachment;
import vn.pakn.infrastructure.mail.ParsedMail;

class MailReportsTest {

    @Test
    void titleDropsReplyAndForwardPrefixesInSeveralLanguages() {
        assertThat(MailReports.title("Re: Fwd: [PAKN] Đèn hỏng")).isEqualTo("Đèn hỏng");
        assertThat(MailReports.title("TL: Trả lời: Ngập nước")).isEqualTo("Ngập nước");
        assertThat(MailReports.title("   ")).isNull();
        assertThat(MailReports.title("Re:")).isNull();
    }

    @Test
    void idempotencyKeyIsTheMessageIdOrElseTheContentHash() {
        byte[] raw = "Subject: x\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII);

        assertThat(MailReports.idempotencyKey("abc@example.vn", raw)).isEqualTo("mid:abc@example.vn");
        assertThat(MailReports.idempotencyKey(null, raw)).startsWith("sha256:").hasSize(7 + 64)
                .isEqualTo(MailReports.idempotencyKey(null, raw.clone()));
        assertThat(MailReports.idempotencyKey("x".repeat(500) + "@example.vn", raw)).startsWith("mid-sha256:").hasSizeLessThan(200);
    }

    @Test
    void messageIdIsReadFromTheHeadersEvenWhenTheBodyIsBroken() {
        byte[] raw = "Message-ID:\r\n <folded.id@example.vn>\r\nContent-Type: multipart/mixed; boundary=\"nope\"\r\n\r\n--garbage"
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(MailReports.messageIdOf(raw)).isEqualTo("folded.id@example.vn");
    }

    @Test
    void descriptionFallsBackToTheSubjectAndListsAttachments() {
        var mail = new ParsedMail("id@x", List.of(), "a@example.vn", null, "Ổ gà đường Giải Phóng", "",
                List.of(new MailAttachment("o-ga.jpg", "image/jpeg", "image/jpeg", 2048, true)), null, null);

        assertThat(MailReports.description(mail)).isEqualTo("Ổ gà đường Giải Phóng\n\nTệp đính kèm / Attachments:\no-ga.jpg (image/jpeg, 2 KB)");
    }
}
