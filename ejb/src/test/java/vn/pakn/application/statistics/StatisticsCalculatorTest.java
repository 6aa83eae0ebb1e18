package vn.pakn.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.calendar.PauseInterval;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.shared.Channel;

class StatisticsCalculatorTest {

    private static final WorkingCalendar CAL = WorkingCalendar.of(List.of(), List.of());
    private static final Instant NOW = vn("2026-11-27T10:00");
    private static final Instant ROUTED = vn("2026-11-16T08:00"); // Monday
    private static final Instant DUE = vn("2026-11-20T17:00");    // Friday, 5 working days later
    private static final Map<Long, String> UNITS = Map.of(1L, "Phường Hải Châu", 2L, "Công ty Điện lực", 3L, "Sở Xây dựng");
    private static final StatisticsCalculator.Labels LABELS = new StatisticsCalculator.Labels(id -> "U" + id, UNITS::get,
            id -> "C" + id, id -> "Lĩnh vực " + id);

    private static Instant vn(String local) {
        return LocalDateTime.parse(local).atZone(WorkingCalendar.DEFAULT_ZONE).toInstant();
    }

    private static CaseFacts answered(long id, long unit, Instant answeredAt, List<PauseInterval> pauses) {
        return new CaseFacts(id, Channel.HOTLINE, 10L, ROUTED, CaseState.PUBLISHED, 1, 0,
                new CaseFacts.Lead(unit, Assignment.State.ANSWERED, ROUTED, DUE, answeredAt, pauses), List.of(), 0, 0);
    }

    private static CaseFacts open(long id, long unit, CaseState state, List<PauseInterval> pauses) {
        return new CaseFacts(id, Channel.PORTAL, 11L, ROUTED, state, 1, 0,
                new CaseFacts.Lead(unit, Assignment.State.ACCEPTED, ROUTED, DUE, null, pauses), List.of(), 0, 0);
    }

    private static StatisticsRow total(List<CaseFacts> facts) {
        var rows = new StatisticsCalculator(CAL, NOW).summarise(facts, GroupBy.CHANNEL, LABELS, u -> true);
        return rows.get(rows.size() - 1);
    }

    @Test
    void answeredExactlyAtTheDueTimeIsOnTimeOneMinuteLaterIsNot() {
        var t = total(List.of(answered(1, 1, DUE, List.of()), answered(2, 1, DUE.plusSeconds(60), List.of())));

        assertThat(t.answered()).isEqualTo(2);
        assertThat(t.answeredOnTime()).isEqualTo(1);
        assertThat(t.onTimeRate()).isEqualTo(0.5);
    }

    @Test
    void averageAnswerTimeIsInWorkingDaysWithoutPausedTime() {
        // Monday 08:00 → Wednesday 08:00 is 2 working days; a pause of all of Tuesday leaves 1.
        var tuesday = new PauseInterval(vn("2026-11-17T08:00"), vn("2026-11-18T08:00"));
        var t = total(List.of(answered(1, 1, vn("2026-11-18T08:00"), List.of()),
                answered(2, 1, vn("2026-11-18T08:00"), List.of(tuesday))));

        assertThat(t.averageAnswerWorkingDays()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void overdueNowIsOpenPastDueAndNotPaused() {
        var t = total(List.of(open(1, 1, CaseState.IN_PROGRESS, List.of()),
                open(2, 1, CaseState.IN_PROGRESS, List.of(PauseInterval.open(vn("2026-11-20T09:00")))),
                answered(3, 1, DUE.plusSeconds(3600), List.of())));

        assertThat(t.overdueNow()).isEqualTo(1);
        assertThat(t.received()).isEqualTo(3);
        assertThat(t.answered()).isEqualTo(1);
        assertThat(t.onTimeRate()).isEqualTo(0.0);
    }

    @Test
    void mergedDuplicatesAreNotCountedTwiceTheirReportsAndRatingsCountUnderTheMaster() {
        var master = new CaseFacts(1, Channel.HOTLINE, 10L, ROUTED, CaseState.PUBLISHED, 3, 1,
                new CaseFacts.Lead(1, Assignment.State.ANSWERED, ROUTED, DUE, DUE, List.of()), List.of(), 9, 2);
        var merged = new CaseFacts(2, Channel.HOTLINE, 10L, ROUTED, CaseState.MERGED, 0, 0, null, List.of(), 0, 0);

        var t = total(List.of(master, merged));

        assertThat(t.received()).isEqualTo(1);
        assertThat(t.reports()).isEqualTo(3);
        assertThat(t.reopened()).isEqualTo(1);
        assertThat(t.averageRating()).isEqualTo(4.5);
        assertThat(t.ratings()).isEqualTo(2);
    }

    @Test
    void byUnitAReturnCountsForTheUnitThatReturnedIt() {
        var returnedThenRerouted = new CaseFacts(1, Channel.API, 10L, ROUTED, CaseState.IN_PROGRESS, 1, 0,
                new CaseFacts.Lead(2, Assignment.State.ACCEPTED, ROUTED, DUE.plusSeconds(86_400 * 7), null, List.of()),
                List.of(3L), 0, 0);
        var backInDispatch = new CaseFacts(2, Channel.API, 10L, ROUTED, CaseState.CLASSIFIED, 1, 0,
                new CaseFacts.Lead(3, Assignment.State.RETURNED, ROUTED, DUE, null, List.of()), List.of(3L), 0, 0);

        var rows = new StatisticsCalculator(CAL, NOW).summarise(List.of(returnedThenRerouted, backInDispatch), GroupBy.UNIT,
                LABELS, u -> true);

        assertThat(rows).extracting(StatisticsRow::label, StatisticsRow::received, StatisticsRow::returned).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Công ty Điện lực", 1L, 0L),
                org.assertj.core.groups.Tuple.tuple("Sở Xây dựng", 0L, 2L),
                org.assertj.core.groups.Tuple.tuple("Chưa giao đơn vị", 1L, 0L),
                org.assertj.core.groups.Tuple.tuple("Tổng cộng", 2L, 2L));
    }

    @Test
    void aUnitLeaderSeesOnlyTheirUnitsCases() {
        var rows = new StatisticsCalculator(CAL, NOW).summarise(
                List.of(answered(1, 1, DUE, List.of()), answered(2, 2, DUE, List.of()), answered(3, 2, DUE, List.of())),
                GroupBy.UNIT, LABELS, u -> u != null && u == 2L);

        assertThat(rows).extracting(StatisticsRow::key, StatisticsRow::received)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("U2", 2L), org.assertj.core.groups.Tuple.tuple("total", 2L));
    }

    @Test
    void periodsAreMonthsAndIsoWeeksOfTheVietnamDate() {
        // 31/12/2026 23:30 in Hanoi is still 2026 there (16:30 UTC) and in ISO week 53 of 2026.
        var lateDecember = new CaseFacts(1, Channel.EMAIL, null, vn("2026-12-31T23:30"), CaseState.RECEIVED, 1, 0, null,
                List.of(), 0, 0);
        var calc = new StatisticsCalculator(CAL, NOW);

        assertThat(calc.summarise(List.of(lateDecember), GroupBy.MONTH, LABELS, u -> true).get(0).key()).isEqualTo("2026-12");
        assertThat(calc.summarise(List.of(lateDecember), GroupBy.WEEK, LABELS, u -> true).get(0).key()).isEqualTo("2026-W53");
        assertThat(calc.summarise(List.of(lateDecember), GroupBy.CATEGORY, LABELS, u -> true).get(0).label())
                .isEqualTo("Chưa phân loại");
    }

    @Test
    void emptyGroupsHaveNoRates() {
        var t = total(List.of(open(1, 1, CaseState.ASSIGNED, List.of())));

        assertThat(t.onTimeRate()).isNull();
        assertThat(t.averageAnswerWorkingDays()).isNull();
        assertThat(t.averageRating()).isNull();
    }
}
