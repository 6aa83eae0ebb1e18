package vn.pakn.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTextTest {

    @Test
    void dropsGmailStyleQuoteBelowTheAttribution() {
        String reply = "Chỗ tắc ở trước số 5B.\n\nVào Th 2, 23 thg 11, 2026 lúc 09:00 PAKN <pakn@x.vn> đã viết:\n> Đã tiếp nhận\n> mã 123";

        assertThat(QuotedText.newPart(reply)).isEqualTo("Chỗ tắc ở trước số 5B.");
    }

    @Test
    void dropsOutlookOriginalMessageBlock() {
        String reply = "Bổ sung ảnh.\r\n\r\n-----Original Message-----\nFrom: PAKN\nSent: Monday\nSubject: x";

        assertThat(QuotedText.newPart(reply.replace("\r", ""))).isEqualTo("Bổ sung ảnh.");
    }

    @Test
    void keepsTextThatIsOnlyQuoted() {
        assertThat(QuotedText.newPart("> chỉ có trích dẫn")).isEqualTo("> chỉ có trích dẫn");
    }
}
