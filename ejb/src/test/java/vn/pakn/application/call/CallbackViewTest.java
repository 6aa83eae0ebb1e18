package vn.pakn.application.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.call.CallbackState;
import vn.pakn.domain.model.calendar.WorkingCalendar;

class CallbackViewTest {

    private static final Duration TARGET = Duration.ofMinutes(CallbackDesk.DEFAULT_DUE_MINUTES);

    @Test
    void anOpenTaskIsOverdueOnlyAfterItsDueTimeAndADoneTaskNever() {
        Instant due = Instant.parse("2026-11-23T03:30:00Z");

        assertThat(CallbackView.overdue(CallbackState.OPEN, due, due)).isFalse();
        assertThat(CallbackView.overdue(CallbackState.OPEN, due, due.plusSeconds(1))).isTrue();
        assertThat(CallbackView.overdue(CallbackState.DONE, due, due.plusSeconds(3600))).isFalse();
        assertThat(CallbackView.overdue(CallbackState.OPEN, null, due)).isFalse();
    }

    @Test
    void aMessageLeftAtNightIsDueHalfAnHourAfterTheDeskOpensNotOverdueByMorning() {
        WorkingCalendar calendar = WorkingCalendar.of(List.of(), List.of());
        // Monday 23/11/2026 22:10 in Hà Nội; the desk opens Tuesday 08:00
        Instant leftAt = Instant.parse("2026-11-23T15:10:00Z");

        Instant due = calendar.addWorkingTime(leftAt, TARGET);

        assertThat(due).isEqualTo(Instant.parse("2026-11-24T01:30:00Z"));
        assertThat(CallbackView.overdue(CallbackState.OPEN, due, Instant.parse("2026-11-24T01:05:00Z"))).isFalse();
    }
}
