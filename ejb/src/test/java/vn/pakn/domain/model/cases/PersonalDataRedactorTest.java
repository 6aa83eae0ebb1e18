package vn.pakn.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataRedactorTest {

    @Test
    void removesPhonesEmailsCitizenIdsAndReporterNamesBeforePublishing() {
        String answer = "Ông Nguyễn Văn An (0912 345 678, an.nv@example.vn, CCCD 001203004567) đã được liên hệ; "
                + "gọi +84 912.345.679 hoặc 84-912-345-680 nếu cần.";

        String published = PersonalDataRedactor.redact(answer, List.of("Nguyễn Văn An"));

        assertThat(published)
                .doesNotContain("Nguyễn Văn An", "0912 345 678", "an.nv@example.vn", "001203004567", "912.345.679", "912-345-680")
                .contains("[đã ẩn]", "đã được liên hệ");
    }

    @Test
    void keepsHouseNumbersDatesAndShortNumbers() {
        String answer = "Đã sửa ống nước trước số 25 ngõ 3, ngày 12/11/2026, chi phí 1.500.000 đồng, tổ 12.";

        assertThat(PersonalDataRedactor.redact(answer, List.of())).isEqualTo(answer);
    }
}
