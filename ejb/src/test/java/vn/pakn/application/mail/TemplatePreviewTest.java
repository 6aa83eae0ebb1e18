package vn.pakn.application.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.cases.TrackingCode;
import vn.pakn.domain.model.notification.NotificationKind;
import vn.pakn.domain.model.shared.DomainException;

class TemplatePreviewTest {

    @Test
    void fillsEveryPlaceholderWithTheVietnameseSampleValues() {
        var r = TemplatePreview.render(NotificationKind.ANSWER_PUBLISHED, "vi", "[PAKN] Kết quả hồ sơ {{ code }}",
                "Hồ sơ \"{{title}}\" do {{unit}} trả lời:\n{{answer}}\n{{message}}");

        assertThat(r.subject()).isEqualTo("[PAKN] Kết quả hồ sơ " + TemplatePreview.SAMPLE_CODE);
        assertThat(r.body()).contains("Mất nước sinh hoạt", "Công ty Cấp nước", "sửa xong đường ống", "Hạn trả lời")
                .doesNotContain("{{", "}}");
    }

    @Test
    void usesTheEnglishSamplesForAnEnglishTemplate() {
        var r = TemplatePreview.render(NotificationKind.ASSIGNED, "en", "Case {{code}} assigned", "Assigned to {{unit}}: {{title}}");

        assertThat(r.body()).isEqualTo("Assigned to Water Supply Company: No tap water in lane 12, Lo Duc street");
    }

    @Test
    void theSampleCodeIsAValidTrackingCode() {
        assertThat(TrackingCode.tryParse(TemplatePreview.SAMPLE_CODE)).isPresent();
    }

    @Test
    void refusesATypoWithTheMessageASaveWouldGive() {
        assertThatThrownBy(() -> TemplatePreview.render(NotificationKind.ACK_RECEIVED, "vi", "Mã {{code}}", "Xin chào {{cdoe}}"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("template-unknown-placeholder");
                    assertThat(e.messageVi()).contains("cdoe");
                    assertThat(e.messageEn()).contains("cdoe");
                });
    }

    @Test
    void refusesASubjectWithoutTheTrackingCode() {
        assertThatThrownBy(() -> TemplatePreview.render(NotificationKind.OVERDUE, "en", "Overdue", "{{message}}"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("template-missing-code"));
    }
}
