package vn.pakn.application.statistics;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.pakn.application.deadline.DeadlineWatch;
import vn.pakn.domain.model.calendar.DeadlineStatus;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.shared.Channel;

/**
 * The arithmetic of the leaders' statistics over {@link CaseFacts}, plain Java. The population is the
 * cases received in the period that are not MERGED: a duplicate merged into a master is counted once, under
 * the master (its reports add to {@code reports}, its ratings to the master's). Definitions:
 * <ul>
 *   <li><b>received</b>: cases; <b>reports</b>: the reports behind them, duplicates included.</li>
 *   <li><b>answered</b>: cases whose latest lead assignment is ANSWERED (the unit gave its answer; approval and
 *       publication are not waited for; an answer sent back by the unit leader, or a reopened case not yet
 *       answered again, is not answered).</li>
 *   <li><b>answered on time</b>: answered at or before the due time in force, i.e. including granted
 *       extensions and the time paused waiting for the citizen ({@link WorkingCalendar#statusAt} EARLY or
 *       ON_TIME). <b>on-time rate</b> = answered on time ÷ answered.</li>
 *   <li><b>overdue now</b>: the latest lead assignment is open on a case being worked, not paused, and
 *       {@code now} is after its due time — the rule of {@link DeadlineWatch}.</li>
 *   <li><b>returned</b>: lead assignments the unit returned to dispatch as not theirs (a case returned twice
 *       counts 2). Grouped by unit, a return counts for the unit that returned, not the one holding the case
 *       now.</li>
 *   <li><b>reopened</b>: times citizens reopened the cases.</li>
 *   <li><b>average answer time</b>: mean over answered cases of the working days from the lead assignment
 *       (the latest routing) to the answer, excluding paused time.</li>
 *   <li><b>satisfaction</b>: mean score of the ratings of the cases' reports, and their number.</li>
 * </ul>
 */
public final class StatisticsCalculator {

    /** Labels of the groups that are not computed from the facts themselves. */
    public record Labels(Function<Long, String> unitCode, Function<Long, String> unitName,
                         Function<Long, String> categoryCode, Function<Long, String> categoryName) {
    }

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final WorkingCalendar calendar;
    private final Instant now;
    private final ZoneId zone;

    public StatisticsCalculator(WorkingCalendar calendar, Instant now) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.now = Objects.requireNonNull(now, "now");
        this.zone = calendar.zone();
    }

    /**
     * Where a case's figures are kept: its day of receipt (Vietnam time), the unit holding it (for a return, the
     * unit that returned it), its category and its channel. Any statistics row is a sum of cells.
     */
    public record Cell(LocalDate day, Long unitId, Long categoryId, Channel channel) {

        /** This cell with only what {@code groupBy} looks at: cells that become equal belong to one group. */
        public Cell only(GroupBy groupBy) {
            return switch (groupBy) {
                case UNIT -> new Cell(null, unitId, null, null);
                case CATEGORY -> new Cell(null, null, categoryId, null);
                case CHANNEL -> new Cell(null, null, null, channel);
                case MONTH, WEEK -> new Cell(day, null, null, null);
            };
        }
    }

    /** Additive figures of a set of cases: sums, so that cells add up to any group and to the total. */
    public static final class Tally {
        public long received;
        public long reports;
        public long answered;
        public long answeredOnTime;
        public long overdue;
        public long returned;
        public long reopened;
        public double answerDays;
        public long ratingSum;
        public long ratings;

        public void add(Tally o) {
            received += o.received;
            reports += o.reports;
            answered += o.answered;
            answeredOnTime += o.answeredOnTime;
            overdue += o.overdue;
            returned += o.returned;
            reopened += o.reopened;
            answerDays += o.answerDays;
            ratingSum += o.ratingSum;
            ratings += o.ratings;
        }
    }

    /**
     * Rows per group, sorted (units and categories by name, channels in their order, periods in time), with
     * the total last.
     *
     * @param unitInScope which units' cases and returns count (a unit leader's subtree); cases held by no unit
     *     count only when {@code null} is in scope
     */
    public List<StatisticsRow> summarise(List<CaseFacts> facts, GroupBy groupBy, Labels labels, Predicate<Long> unitInScope) {
        Map<Cell, Tally> inScope = new LinkedHashMap<>();
        cells(facts, true).forEach((cell, tally) -> {
            if (unitInScope.test(cell.unitId())) {
                inScope.put(cell, tally);
            }
        });
        return rows(inScope, groupBy, labels);
    }

    /**
     * The figures of the facts per cell, for every unit (the reader keeps the cells of the units in scope).
     *
     * @param countOverdue whether to count "overdue now" as of this calculator's {@code now}; the stored daily cells
     *     leave it out, since it changes with the clock and not with the cases
     */
    public Map<Cell, Tally> cells(List<CaseFacts> facts, boolean countOverdue) {
        Map<Cell, Tally> cells = new LinkedHashMap<>();
        for (CaseFacts f : facts) {
            if (f.state() == CaseState.MERGED) {
                continue;
            }
            LocalDate day = LocalDate.ofInstant(f.receivedAt(), zone);
            Tally t = cells.computeIfAbsent(new Cell(day, f.holdingUnitId(), f.categoryId(), f.channel()), k -> new Tally());
            t.received++;
            t.reports += f.reportCount();
            t.reopened += f.reopenedCount();
            t.ratingSum += f.ratingSum();
            t.ratings += f.ratingCount();
            if (countOverdue && overdueNow(f)) {
                t.overdue++;
            }
            var lead = f.lead();
            if (lead != null && lead.state() == Assignment.State.ANSWERED && lead.answeredAt() != null) {
                t.answered++;
                var status = answerStatus(lead);
                if (status == DeadlineStatus.EARLY || status == DeadlineStatus.ON_TIME) {
                    t.answeredOnTime++;
                }
                t.answerDays += calendar.workingDaysBetween(lead.assignedAt(), lead.answeredAt(), lead.pauses());
            }
            for (Long unit : f.returnedByUnitIds()) {
                cells.computeIfAbsent(new Cell(day, unit, f.categoryId(), f.channel()), k -> new Tally()).returned++;
            }
        }
        return cells;
    }

    /**
     * Rows per group from cells already limited to the scope, sorted, with the total last. A cell need only carry
     * what its group needs (the unit for UNIT, the day for MONTH and WEEK …).
     */
    public List<StatisticsRow> rows(Map<Cell, Tally> cells, GroupBy groupBy, Labels labels) {
        Map<String, Acc> groups = new LinkedHashMap<>();
        Acc total = new Acc("total", "Tổng cộng");
        cells.forEach((cell, tally) -> {
            groups.computeIfAbsent(key(cell, groupBy, labels), k -> new Acc(k, label(cell, groupBy, labels))).figures.add(tally);
            total.figures.add(tally);
        });
        List<Acc> sorted = new ArrayList<>(groups.values());
        sorted.sort(order(groupBy));
        List<StatisticsRow> rows = new ArrayList<>(sorted.size() + 1);
        sorted.forEach(a -> rows.add(a.row()));
        rows.add(total.row());
        return rows;
    }

    private static Comparator<Acc> order(GroupBy groupBy) {
        return switch (groupBy) {
            case UNIT, CATEGORY -> Comparator.comparing((Acc a) -> "none".equals(a.key))
                    .thenComparing(a -> a.label, VIETNAMESE);
            case CHANNEL -> Comparator.comparing(a -> Channel.valueOf(a.key).ordinal());
            case MONTH, WEEK -> Comparator.comparing(a -> a.key);
        };
    }

    private static String key(Cell c, GroupBy groupBy, Labels labels) {
        LocalDate d = c.day();
        return switch (groupBy) {
            case UNIT -> c.unitId() == null ? "none" : labels.unitCode().apply(c.unitId());
            case CATEGORY -> c.categoryId() == null ? "none" : labels.categoryCode().apply(c.categoryId());
            case CHANNEL -> c.channel().name();
            case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case WEEK -> String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    private static String label(Cell c, GroupBy groupBy, Labels labels) {
        LocalDate d = c.day();
        return switch (groupBy) {
            case UNIT -> c.unitId() == null ? "Chưa giao đơn vị" : labels.unitName().apply(c.unitId());
            case CATEGORY -> c.categoryId() == null ? "Chưa phân loại" : labels.categoryName().apply(c.categoryId());
            case CHANNEL -> c.channel().labelVi();
            case MONTH -> String.format("Tháng %02d/%04d", d.getMonthValue(), d.getYear());
            case WEEK -> String.format("Tuần %02d/%04d", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), d.get(IsoFields.WEEK_BASED_YEAR));
        };
    }

    private DeadlineStatus answerStatus(CaseFacts.Lead lead) {
        return calendar.statusAt(lead.dueAt(), lead.answeredAt(), now);
    }

    private boolean overdueNow(CaseFacts f) {
        var lead = f.lead();
        return lead != null && lead.state().isOpen() && DeadlineWatch.WORKING_CASE_STATES.contains(f.state())
                && !lead.paused() && now.isAfter(lead.dueAt());
    }

    private static final class Acc {
        final String key;
        final String label;
        final Tally figures = new Tally();

        Acc(String key, String label) {
            this.key = key;
            this.label = label;
        }

        StatisticsRow row() {
            Tally t = figures;
            return new StatisticsRow(key, label, t.received, t.reports, t.answered, t.answeredOnTime,
                    t.answered == 0 ? null : (double) t.answeredOnTime / t.answered, t.overdue, t.returned, t.reopened,
                    t.answered == 0 ? null : round2(t.answerDays / t.answered),
                    t.ratings == 0 ? null : round2((double) t.ratingSum / t.ratings), t.ratings);
        }
    }

    private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
