package vn.pakn.application.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReopenWindowTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-23T07:00:00Z"); // 14:00 in Hanoi

    @Test
    void windowIsSevenCalendarDaysToTheMinute() {
        var w = new ReopenWindow(7);
        Instant closes = Instant.parse("2026-11-30T07:00:00Z");

        assertThat(w.closesAt(PUBLISHED)).isEqualTo(closes);
        assertThat(w.isOpen(PUBLISHED, closes.minusSeconds(60))).isTrue();
        assertThat(w.isOpen(PUBLISHED, closes)).isFalse();
        assertThat(w.publishedOnOrBeforeIsClosed(closes)).isEqualTo(PUBLISHED);
    }

    @Test
    void zeroDaysClosesAtOnceAndNegativeIsRefused() {
        assertThat(new ReopenWindow(0).isOpen(PUBLISHED, PUBLISHED)).isFalse();
        assertThatThrownBy(() -> new ReopenWindow(-1)).hasMessageContaining("pakn.reopen.window.days");
    }
}
