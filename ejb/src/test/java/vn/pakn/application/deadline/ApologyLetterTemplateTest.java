package vn.pakn.application.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApologyLetterTemplateTest {

    /** 17:30 UTC on 09/11 is 00:30 on 10/11 in Hanoi; 16:59 UTC on 20/11 is 23:59 on 20/11. */
    private static ApologyLetterTemplate.Content content(String reporterName, String reason) {
        return new ApologyLetterTemplate.Content("Công ty TNHH MTV Thoát nước Hải Long", "Ủy ban nhân dân thành phố Hải Long",
                "Hải Long", LocalDate.of(2026, 11, 23), reporterName, "1234567894", Instant.parse("2026-11-09T17:30:00Z"),
                Instant.parse("2026-11-20T16:59:00Z"), reason, LocalDate.of(2026, 11, 27));
    }

    @Test
    void hasTheStandardHeadingAndDatesInVietnamTime() {
        String html = ApologyLetterTemplate.render(content("Nguyễn Thị Hoa", "Chờ kết quả khảo sát hiện trường."));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"UTF-8\">", "size: A4")
                .containsSubsequence("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI LONG", "CÔNG TY TNHH MTV THOÁT NƯỚC HẢI LONG",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hải Long, ngày 23/11/2026",
                        "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Kính gửi: Ông/Bà Nguyễn Thị Hoa",
                        "Ngày 10/11/2026", "mã hồ sơ: <b>123 456 789 4</b>", "ngày 20/11/2026",
                        "Lý do: Chờ kết quả khảo sát hiện trường.", "vào ngày <b>27/11/2026</b>", "THỦ TRƯỞNG ĐƠN VỊ");
    }

    @Test
    void withoutTheNameAddressesTheCitizenByCode() {
        String html = ApologyLetterTemplate.render(content(null, "x"));

        assertThat(html).contains("Kính gửi: Ông/Bà có phản ánh, kiến nghị mã hồ sơ 123 456 789 4")
                .doesNotContain("Nguyễn");
    }

    @Test
    void escapesEveryValue() {
        String html = ApologyLetterTemplate.render(content("<b>Hoa</b>", "Đường \"A\" & <script>alert('x')</script>"));

        assertThat(html).contains("Ông/Bà &lt;b&gt;Hoa&lt;/b&gt;",
                "Đường &quot;A&quot; &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>");
    }
}
