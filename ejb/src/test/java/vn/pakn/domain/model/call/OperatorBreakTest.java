package vn.pakn.domain.model.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.shared.DomainException;

class OperatorBreakTest {

    private static final Instant T0 = Instant.parse("2026-11-23T04:00:00Z");

    @Test
    void anOpenBreakLastsUntilNowAndAClosedOneUntilItsEnd() {
        var b = OperatorBreak.begin("operator1", "101", "  Ăn trưa ", T0);

        assertThat(b.isOpen()).isTrue();
        assertThat(b.getReason()).contains("Ăn trưa");
        assertThat(b.length(T0.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));

        b.end(T0.plus(Duration.ofMinutes(30)));

        assertThat(b.isOpen()).isFalse();
        assertThat(b.getEndedAt()).contains(T0.plus(Duration.ofMinutes(30)));
        assertThat(b.length(T0.plus(Duration.ofHours(5)))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aReasonTypedWithoutPrecomposedLettersIsStoredAsNfcAndABlankOneAsNone() {
        String decomposed = "Nghi\u0309 giu\u031b\u0303a ca"; // "Nghỉ giữa ca" as some keyboards send it
        assertThat(OperatorBreak.begin("operator1", "101", decomposed, T0).getReason()).contains("Nghỉ giữa ca");
        assertThat(OperatorBreak.begin("operator1", "101", "   ", T0).getReason()).isEmpty();
        assertThat(OperatorBreak.begin("operator1", "101", null, T0).getReason()).isEmpty();
    }

    @Test
    void refusesAReasonLongerThanTheColumnWithAMessageInBothLanguages() {
        String reason = "x".repeat(OperatorBreak.MAX_REASON + 1);

        assertThatThrownBy(() -> OperatorBreak.begin("operator1", "101", reason, T0))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("break-reason-too-long");
                    assertThat(e.messageVi()).contains("200");
                    assertThat(e.messageEn()).contains("200");
                });
        assertThat(OperatorBreak.begin("operator1", "101", "x".repeat(OperatorBreak.MAX_REASON), T0).getReason())
                .hasValueSatisfying(r -> assertThat(r).hasSize(OperatorBreak.MAX_REASON));
    }

    @Test
    void endsOnceOnly() {
        var b = OperatorBreak.begin("operator1", "101", null, T0);
        b.end(T0.plusSeconds(60));

        assertThatThrownBy(() -> b.end(T0.plusSeconds(120))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("break-ended"));
        assertThat(b.getEndedAt()).contains(T0.plusSeconds(60));
    }

    @Test
    void anEndStampedBeforeTheStartByAnotherNodesClockCountsAsZeroLength() {
        var b = OperatorBreak.begin("operator1", "101", null, T0);
        b.end(T0.minusMillis(300));

        assertThat(b.getEndedAt()).contains(T0);
        assertThat(b.length(T0.plusSeconds(10))).isZero();
    }
}
