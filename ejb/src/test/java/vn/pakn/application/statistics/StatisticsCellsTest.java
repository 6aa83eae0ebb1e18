package vn.pakn.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.pakn.application.statistics.StatisticsCalculator.Cell;
import vn.pakn.application.statistics.StatisticsCalculator.Tally;
import vn.pakn.domain.model.calendar.PauseInterval;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.shared.Channel;

/**
 * The per-day table gives the same figures as the calculator over the cases: its cells (stored without "overdue
 * now"), summed over the group's dimension as the SQL does, plus "overdue now" counted apart, make the same rows.
 */
class StatisticsCellsTest {

    private static final WorkingCalendar CAL = WorkingCalendar.of(List.of(), List.of());
    private static final Instant NOW = vn("2026-11-27T10:00");
    private static final StatisticsCalculator.Labels LABELS = new StatisticsCalculator.Labels(id -> "U" + id,
            id -> "Đơn vị " + id, id -> "C" + id, id -> "Lĩnh vực " + id);

    private static Instant vn(String local) {
        return LocalDateTime.parse(local).atZone(WorkingCalendar.DEFAULT_ZONE).toInstant();
    }

    /** Cases over six weeks in every state, channel, some without unit or category, some returned, paused, rated. */
    private static List<CaseFacts> cases(long seed) {
        var random = new Random(seed);
        List<CaseFacts> out = new ArrayList<>();
        Instant first = vn("2026-10-15T07:00");
        for (int i = 0; i < 600; i++) {
            Instant received = first.plusSeconds(random.nextInt(42 * 24 * 3600));
            Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
            Long category = random.nextInt(10) == 0 ? null : (long) (1 + random.nextInt(4));
            CaseState state = CaseState.values()[random.nextInt(CaseState.values().length)];
            CaseFacts.Lead lead = null;
            List<Long> returned = new ArrayList<>();
            if (random.nextInt(6) > 0) {
                Instant assigned = received.plusSeconds(3600 + random.nextInt(48 * 3600));
                Instant due = assigned.plusSeconds((2 + random.nextInt(8)) * 24 * 3600L);
                var leadState = Assignment.State.values()[random.nextInt(Assignment.State.values().length)];
                Instant answered = leadState == Assignment.State.ANSWERED
                        ? assigned.plusSeconds(random.nextInt(12 * 24 * 3600)) : null;
                List<PauseInterval> pauses = switch (random.nextInt(8)) {
                    case 0 -> List.of(new PauseInterval(assigned.plusSeconds(3600), assigned.plusSeconds(30 * 3600)));
                    case 1 -> List.of(PauseInterval.open(assigned.plusSeconds(7200)));
                    default -> List.of();
                };
                lead = new CaseFacts.Lead(1 + random.nextInt(5), leadState, assigned, due, answered, pauses);
                if (random.nextInt(8) == 0) {
                    returned.add((long) (1 + random.nextInt(5)));
                }
            }
            int ratings = random.nextInt(3);
            out.add(new CaseFacts(i, channel, category, received, state, 1 + random.nextInt(3), random.nextInt(2), lead,
                    returned, ratings * (1 + random.nextInt(5)), ratings));
        }
        return out;
    }

    /** What the service does with the table: sums of stored cells per group, plus the live overdue count. */
    private static List<StatisticsRow> viaTable(StatisticsCalculator calculator, List<CaseFacts> facts, GroupBy groupBy,
            Predicate<Long> scope) {
        Map<Cell, Tally> grouped = new LinkedHashMap<>();
        calculator.cells(facts, false).forEach((cell, tally) -> add(grouped, cell, tally, groupBy, scope));
        calculator.cells(facts, true).forEach((cell, tally) -> {
            var overdue = new Tally();
            overdue.overdue = tally.overdue;
            add(grouped, cell, overdue, groupBy, scope);
        });
        return calculator.rows(grouped, groupBy, LABELS);
    }

    private static void add(Map<Cell, Tally> grouped, Cell cell, Tally tally, GroupBy groupBy, Predicate<Long> scope) {
        if (scope.test(cell.unitId())) {
            grouped.computeIfAbsent(cell.only(groupBy), k -> new Tally()).add(tally);
        }
    }

    @Test
    void sumsOfDailyCellsGiveTheFiguresOfTheCasesForEveryGroupingAndScope() {
        var calculator = new StatisticsCalculator(CAL, NOW);
        for (long seed = 1; seed <= 5; seed++) {
            List<CaseFacts> facts = cases(seed);
            for (GroupBy groupBy : GroupBy.values()) {
                for (Predicate<Long> scope : List.<Predicate<Long>>of(u -> true, u -> u != null && u <= 2)) {
                    var direct = calculator.summarise(facts, groupBy, LABELS, scope);
                    var table = viaTable(calculator, facts, groupBy, scope);
                    assertThat(table).as("seed %d, %s", seed, groupBy).hasSameSizeAs(direct);
                    for (int i = 0; i < direct.size(); i++) {
                        assertThat(table.get(i)).usingRecursiveComparison()
                                .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : Double.compare(a, b), Double.class)
                                .as("seed %d, %s, row %s", seed, groupBy, direct.get(i).key())
                                .isEqualTo(direct.get(i));
                    }
                }
            }
        }
    }

    /**
     * What the service does for the week trend: whole weeks from the weekly roll-up (the daily cells summed per
     * Monday and unit, as its SQL does), the days at either end from the daily cells, plus the live overdue count.
     */
    private static List<StatisticsRow> weeksViaTables(StatisticsCalculator calculator, List<CaseFacts> facts, LocalDate from,
            LocalDate to, Predicate<Long> scope) {
        Map<Cell, Tally> days = calculator.cells(facts, false);
        Map<Cell, Tally> weeks = new LinkedHashMap<>();
        days.forEach((cell, tally) -> weeks.computeIfAbsent(new Cell(cell.day().with(DayOfWeek.MONDAY), cell.unitId(), null, null),
                k -> new Tally()).add(tally));
        Map<Cell, Tally> grouped = new LinkedHashMap<>();
        for (var span : DailyStatistics.spans(from, to, GroupBy.WEEK)) {
            var source = span.table().equals(DailyStatistics.WEEKS) ? weeks : days;
            source.forEach((cell, tally) -> {
                if (!cell.day().isBefore(span.from()) && !cell.day().isAfter(span.to())) {
                    add(grouped, cell, tally, GroupBy.WEEK, scope);
                }
            });
        }
        calculator.cells(facts, true).forEach((cell, tally) -> {
            if (!cell.day().isBefore(from) && !cell.day().isAfter(to)) {
                var overdue = new Tally();
                overdue.overdue = tally.overdue;
                add(grouped, cell, overdue, GroupBy.WEEK, scope);
            }
        });
        return calculator.rows(grouped, GroupBy.WEEK, LABELS);
    }

    @Test
    void theWeekTrendFromTheWeeklyRollUpAndTheEndDaysIsTheTrendOfTheCases() {
        var calculator = new StatisticsCalculator(CAL, NOW);
        for (long seed = 1; seed <= 5; seed++) {
            List<CaseFacts> all = cases(seed);
            // Thursday 15 October to Tuesday 24 November: partial weeks at both ends; and whole weeks only
            for (LocalDate[] period : List.of(new LocalDate[] {LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 24)},
                    new LocalDate[] {LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 22)},
                    new LocalDate[] {LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 7)})) {
                List<CaseFacts> facts = all.stream().filter(f -> {
                    LocalDate day = f.receivedAt().atZone(WorkingCalendar.DEFAULT_ZONE).toLocalDate();
                    return !day.isBefore(period[0]) && !day.isAfter(period[1]);
                }).toList();
                for (Predicate<Long> scope : List.<Predicate<Long>>of(u -> true, u -> u != null && u <= 2)) {
                    var direct = calculator.summarise(facts, GroupBy.WEEK, LABELS, scope);
                    var tables = weeksViaTables(calculator, all, period[0], period[1], scope);
                    assertThat(tables).as("seed %d, %s", seed, period[0]).hasSameSizeAs(direct);
                    for (int i = 0; i < direct.size(); i++) {
                        assertThat(tables.get(i)).usingRecursiveComparison()
                                .withComparatorForType((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : Double.compare(a, b), Double.class)
                                .as("seed %d, %s, row %s", seed, period[0], direct.get(i).key())
                                .isEqualTo(direct.get(i));
                    }
                }
            }
        }
    }

    @Test
    void storedCellsLeaveOverdueOutAndKeepReturnsUnderTheUnitThatReturned() {
        Instant received = vn("2026-11-16T09:00");
        var lead = new CaseFacts.Lead(1, Assignment.State.ACCEPTED, received, vn("2026-11-20T17:00"), null, List.of());
        var facts = List.of(new CaseFacts(1, Channel.PORTAL, 7L, received, CaseState.IN_PROGRESS, 2, 0, lead, List.of(3L), 0, 0));
        var calculator = new StatisticsCalculator(CAL, NOW);

        Map<Cell, Tally> stored = calculator.cells(facts, false);
        var day = received.atZone(WorkingCalendar.DEFAULT_ZONE).toLocalDate();
        assertThat(stored).containsOnlyKeys(new Cell(day, 1L, 7L, Channel.PORTAL), new Cell(day, 3L, 7L, Channel.PORTAL));
        assertThat(stored.get(new Cell(day, 1L, 7L, Channel.PORTAL)).overdue).isZero();
        assertThat(stored.get(new Cell(day, 1L, 7L, Channel.PORTAL)).reports).isEqualTo(2);
        assertThat(stored.get(new Cell(day, 3L, 7L, Channel.PORTAL)).returned).isEqualTo(1);
        assertThat(stored.get(new Cell(day, 3L, 7L, Channel.PORTAL)).received).isZero();
        assertThat(calculator.cells(facts, true).get(new Cell(day, 1L, 7L, Channel.PORTAL)).overdue).isEqualTo(1);
    }
}
