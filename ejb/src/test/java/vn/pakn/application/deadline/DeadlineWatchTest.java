package vn.pakn.application.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.application.deadline.DeadlineWatch.Decision.FLAG_OVERDUE;
import static vn.pakn.application.deadline.DeadlineWatch.Decision.NOTHING;
import static vn.pakn.application.deadline.DeadlineWatch.Decision.WARN;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.CaseState;

class DeadlineWatchTest {

    /** Default hours 08:00–12:00, 13:30–17:00; Monday 23/11/2026 is a working day, 21–22/11 a weekend. */
    private static final WorkingCalendar CAL = WorkingCalendar.of(List.of(LocalDate.of(2026, 11, 20)), List.of());
    private static final Instant DUE = vn("2026-11-24T10:00");

    private static Instant vn(String local) {
        return LocalDateTime.parse(local).atZone(WorkingCalendar.DEFAULT_ZONE).toInstant();
    }

    private static WatchedAssignment open(Instant warnedAt, Instant flaggedAt, boolean paused, int warnHours) {
        return new WatchedAssignment(Assignment.Role.LEAD, Assignment.State.ACCEPTED, CaseState.IN_PROGRESS, paused, DUE,
                warnedAt, flaggedAt, warnHours);
    }

    @Test
    void dueExactlyNowIsNotOverdueOneMinuteLaterIs() {
        assertThat(DeadlineWatch.decide(open(DUE.minusSeconds(3600), null, false, 8), CAL, DUE)).isEqualTo(NOTHING);
        assertThat(DeadlineWatch.decide(open(DUE.minusSeconds(3600), null, false, 8), CAL, DUE.plusSeconds(60)))
                .isEqualTo(FLAG_OVERDUE);
    }

    @Test
    void overdueFiresOnceAndEvenWithoutEarlierWarning() {
        assertThat(DeadlineWatch.decide(open(null, null, false, 8), CAL, DUE.plusSeconds(60))).isEqualTo(FLAG_OVERDUE);
        assertThat(DeadlineWatch.decide(open(null, DUE.plusSeconds(60), false, 8), CAL, DUE.plusSeconds(120)))
                .isEqualTo(NOTHING);
    }

    @Test
    void pausedIsNeitherOverdueNorWarned() {
        assertThat(DeadlineWatch.decide(open(null, null, true, 8), CAL, DUE.plusSeconds(3600))).isEqualTo(NOTHING);
        assertThat(DeadlineWatch.decide(open(null, null, true, 8), CAL, DUE.minusSeconds(60))).isEqualTo(NOTHING);
    }

    @Test
    void warnsExactlyAtTheThresholdOfWorkingTime() {
        // 8 working hours before Tuesday 10:00: Tue 08–10 (2 h), Mon 13:30–17:00 (3.5 h), Mon 09:30–12:00 (2.5 h).
        Instant threshold = vn("2026-11-23T09:30");
        assertThat(CAL.workingTimeBetween(threshold, DUE)).hasHours(8);

        assertThat(DeadlineWatch.decide(open(null, null, false, 8), CAL, threshold)).isEqualTo(WARN);
        assertThat(DeadlineWatch.decide(open(null, null, false, 8), CAL, threshold.minusSeconds(60))).isEqualTo(NOTHING);
    }

    @Test
    void warningCountsWorkingTimeNotClockTime() {
        // Friday 20/11 is a holiday here: on Thursday 19/11 at 17:00 the Monday 23/11 14:00 deadline is
        // 4.5 working hours away (Mon 08–12, 13:30–14:00): within 8 working hours although 4 days of clock time.
        var dueMonday = new WatchedAssignment(Assignment.Role.COORDINATING, Assignment.State.ASSIGNED, CaseState.ASSIGNED,
                false, vn("2026-11-23T14:00"), null, null, 8);
        assertThat(DeadlineWatch.decide(dueMonday, CAL, vn("2026-11-19T17:00"))).isEqualTo(WARN);
    }

    @Test
    void warnsOnceAndNotWhenTurnedOff() {
        Instant inWindow = vn("2026-11-24T09:00");
        assertThat(DeadlineWatch.decide(open(inWindow.minusSeconds(60), null, false, 8), CAL, inWindow)).isEqualTo(NOTHING);
        assertThat(DeadlineWatch.decide(open(null, null, false, 0), CAL, inWindow)).isEqualTo(NOTHING);
    }

    @Test
    void closedAssignmentsAndCasesNotBeingWorkedAreIgnored() {
        var answered = new WatchedAssignment(Assignment.Role.LEAD, Assignment.State.ANSWERED, CaseState.ANSWERED, false, DUE,
                null, null, 8);
        var coordinatingAfterAnswer = new WatchedAssignment(Assignment.Role.COORDINATING, Assignment.State.ASSIGNED,
                CaseState.PUBLISHED, false, DUE, null, null, 8);
        assertThat(DeadlineWatch.decide(answered, CAL, DUE.plusSeconds(60))).isEqualTo(NOTHING);
        assertThat(DeadlineWatch.decide(coordinatingAfterAnswer, CAL, DUE.plusSeconds(60))).isEqualTo(NOTHING);
    }

    @Test
    void horizonBoundsEveryWarnableDueTime() {
        Instant now = vn("2026-11-23T09:30");
        assertThat(DeadlineWatch.warningHorizon(CAL, now, 8)).isEqualTo(DUE);
    }
}
