package vn.pakn.domain.model.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.notification.NotificationKind;
import vn.pakn.domain.model.shared.DomainException;

class TemplatePlaceholdersTest {

    @Test
    void fillsKnownPlaceholdersAndToleratesSpacesInsideTheBraces() {
        String text = TemplatePlaceholders.fill("Mã {{code}} — {{ title }}; {{unit}}", Map.of("code", "123 456 789 0", "title", "Đèn hỏng"));

        assertThat(text).isEqualTo("Mã 123 456 789 0 — Đèn hỏng; ");
    }

    @Test
    void refusesAnUnknownPlaceholderNamingItAndTheAllowedOnes() {
        assertThatThrownBy(() -> TemplatePlaceholders.check(NotificationKind.ACK_RECEIVED, "vi", "Mã {{code}}", "Xin chào {{ten}}"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("ten").hasMessageContaining("code, title, unit, answer, message");
    }

    @Test
    void refusesUnbalancedBraces() {
        assertThatThrownBy(() -> TemplatePlaceholders.check(NotificationKind.ACK_RECEIVED, "vi", "Mã {{code}}", "Mã {{code} nhé"))
                .isInstanceOf(DomainException.class).hasMessageContaining("unbalanced");
    }

    @Test
    void requiresTheTrackingCodeInTheSubject() {
        assertThatThrownBy(() -> TemplatePlaceholders.check(NotificationKind.ACK_RECEIVED, "vi", "Đã tiếp nhận", "Mã {{code}}"))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("template-missing-code"));
    }

    @Test
    void requiresTheAnswerInTheAnswerTemplate() {
        assertThatThrownBy(() -> TemplatePlaceholders.check(NotificationKind.ANSWER_PUBLISHED, "vi", "Kết quả {{code}}", "Đã có kết quả."))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("template-missing-answer"));
    }

    @Test
    void refusesKindsWithoutTemplates() {
        assertThatThrownBy(() -> TemplatePlaceholders.check(NotificationKind.REJECTED, "vi", "{{code}}", "x"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void acceptsTheShippedShapeOfATemplate() {
        TemplatePlaceholders.check(NotificationKind.ANSWER_PUBLISHED, "vi", "[PAKN] {{code}} — Kết quả", "Kính gửi,\n{{answer}}\n{{title}}");
    }
}
