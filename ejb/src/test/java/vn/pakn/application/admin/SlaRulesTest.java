package vn.pakn.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pakn.domain.model.shared.DomainException;

class SlaRulesTest {

    @Test
    void buildsThePolicyOfTheIssueDefaults() {
        var p = SlaRules.policy(1, 10, 10, 8);
        assertThat(p.forwardWorkingDays()).isEqualTo(1);
        assertThat(p.answerWorkingDays()).isEqualTo(10);
        assertThat(p.maxExtensionDays()).isEqualTo(10);
        assertThat(p.warnBeforeWorkingHours()).isEqualTo(8);
    }

    @ParameterizedTest(name = "forward {0}, answer {1}, extension {2}, warn {3}: {4}")
    @CsvSource({
        "0, 10, 10, 8, forwarding period must be 1 to 5",
        "6, 10, 10, 8, forwarding period must be 1 to 5",
        "1, 0, 0, 8, answer period must be 1 to 90",
        "1, 91, 0, 8, answer period must be 1 to 90",
        "1, 10, 11, 8, longest extension must be 0 to the answer period (10",
        "1, 10, -1, 8, longest extension must be 0 to the answer period",
        "1, 10, 5, -1, warning must be 0 to 240",
        "1, 10, 5, 241, warning must be 0 to 240"})
    void refusesNumbersOutOfRangeAsInvalidWithBothLanguages(int forward, int answer, int extension, int warn, String english) {
        assertThatThrownBy(() -> SlaRules.policy(forward, answer, extension, warn))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("bad-sla");
                    assertThat(e.messageEn()).contains(english);
                    assertThat(e.messageVi()).isNotBlank().doesNotContain("must");
                });
    }

    @Test
    void acceptsTheLegalMaximumForwardingPeriod() {
        assertThat(SlaRules.policy(5, 15, 0, 0).forwardWorkingDays()).isEqualTo(5);
    }
}
