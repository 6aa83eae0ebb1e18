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
    void messageIdIsTheOneJakartaMailReadsSoThatKeysOfStoredMailDoNotChange() throws Exception {
        String[] heads = {
            "Message-ID: <a@example.vn>\r\nSubject: x\r\n\r\nbody",
            "message-id:    <b@example.vn>   \r\n\r\n",
            "Subject: y\nMessage-Id: <c@example.vn>\n\nMessage-ID: <in-body@example.vn>\n",
            "Message-ID: no-angles@example.vn\r\n\r\n",
            "Message-ID: <first@example.vn>\r\nMessage-ID: <second@example.vn>\r\n\r\n",
            "Message-ID:\r\n\t<tab.folded@example.vn>\r\nX: 1\r\n\r\n",
            "Subject: no id\r\n\r\nMessage-ID: <in-body@example.vn>\r\n",
            "Message-ID: <caf\u00e9@example.vn>\r\n\r\n",
            "\r\nMessage-ID: <after-blank@example.vn>\r\n",
            "Message-ID: \r\n\r\n",
            "X-Message-ID: <not-it@example.vn>\r\n\r\n",
            "",
        };
        for (String head : heads) {
            byte[] raw = head.getBytes(StandardCharsets.ISO_8859_1);
            var headers = new jakarta.mail.internet.InternetHeaders(new java.io.ByteArrayInputStream(raw));
            String expected = vn.pakn.infrastructure.mail.MailParser.messageId(headers.getHeader("Message-ID", " "));
            assertThat(MailReports.messageIdOf(raw)).as("%s", head).isEqualTo(expected);
        }
    }

    @Test
    void descriptionFallsBackToTheSubjectAndListsAttachments() {
        var mail = new ParsedMail("id@x", List.of(), "a@example.vn", null, "Ổ gà đường Giải Phóng", "",
                List.of(new MailAttachment("o-ga.jpg", "image/jpeg", "image/jpeg", 2048, true)), null, null);

        assertThat(MailReports.description(mail)).isEqualTo("Ổ gà đường Giải Phóng\n\nTệp đính kèm / Attachments:\no-ga.jpg (image/jpeg, 2 KB)");
    }
}
