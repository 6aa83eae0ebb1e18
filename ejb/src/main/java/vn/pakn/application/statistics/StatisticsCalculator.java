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
     * Rows per group, sorted (units and categories by name, channels in their order, periods in time), with
     * the total last.
     *
     * @param unitInScope which units' cases and returns count (a unit leader's subtree); cases held by no unit
     *     count only when {@code null} is in scope
     */
    public List<StatisticsRow> summarise(List<CaseFacts> facts, GroupBy groupBy, Labels labels, Predicate<Long> unitInScope) {
        Map<String, Acc> groups = new LinkedHashMap<>();
        Acc total = new Acc("total", "Tổng cộng");
        for (CaseFacts f : facts) {
            if (f.state() == CaseState.MERGED) {
                continue;
            }
            if (unitInScope.test(f.holdingUnitId())) {
                var group = groups.computeIfAbsent(key(f, groupBy, labels), k -> new Acc(k, label(f, groupBy, labels)));
                group.add(f);
                total.add(f);
            }
            for (Long unit : f.returnedByUnitIds()) {
                if (unitInScope.test(unit)) {
                    String k = groupBy == GroupBy.UNIT ? labels.unitCode().apply(unit) : key(f, groupBy, labels);
                    String l = groupBy == GroupBy.UNIT ? labels.unitName().apply(unit) : label(f, groupBy, labels);
                    groups.computeIfAbsent(k, x -> new Acc(x, l)).returned++;
                    total.returned++;
                }
            }
        }
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

    private String key(CaseFacts f, GroupBy groupBy, Labels labels) {
        LocalDate d = LocalDate.ofInstant(f.receivedAt(), zone);
        return switch (groupBy) {
            case UNIT -> f.holdingUnitId() == null ? "none" : labels.unitCode().apply(f.holdingUnitId());
            case CATEGORY -> f.categoryId() == null ? "none" : labels.categoryCode().apply(f.categoryId());
            case CHANNEL -> f.channel().name();
            case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            case WEEK -> String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
    }

    private String label(CaseFacts f, GroupBy groupBy, Labels labels) {
        LocalDate d = LocalDate.ofInstant(f.receivedAt(), zone);
        return switch (groupBy) {
            case UNIT -> f.holdingUnitId() == null ? "Chưa giao đơn vị" : labels.unitName().apply(f.holdingUnitId());
            case CATEGORY -> f.categoryId() == null ? "Chưa phân loại" : labels.categoryName().apply(f.categoryId());
            case CHANNEL -> f.channel().labelVi();
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

    private final class Acc {
        final String key;
        final String label;
        long received;
        long reports;
        long answered;
        long onTime;
        long overdue;
        long returned;
        long reopened;
        double answerDays;
        long ratingSum;
        long ratings;

        Acc(String key, String label) {
            this.key = key;
            this.label = label;
        }

        void add(CaseFacts f) {
            received++;
            reports += f.reportCount();
            reopened += f.reopenedCount();
            ratingSum += f.ratingSum();
            ratings += f.ratingCount();
            if (overdueNow(f)) {
                overdue++;
            }
            var lead = f.lead();
            if (lead != null && lead.state() == Assignment.State.ANSWERED && lead.answeredAt() != null) {
                answered++;
                var status = answerStatus(lead);
                if (status == DeadlineStatus.EARLY || status == DeadlineStatus.ON_TIME) {
                    onTime++;
                }
                answerDays += calendar.workingDaysBetween(lead.assignedAt(), lead.answeredAt(), lead.pauses());
            }
        }

        StatisticsRow row() {
            return new StatisticsRow(key, label, received, reports, answered, onTime,
                    answered == 0 ? null : (double) onTime / answered, overdue, returned, reopened,
                    answered == 0 ? null : round2(answerDays / answered),
                    ratings == 0 ? null : round2((double) ratingSum / ratings), ratings);
        }
    }

    private static double round2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
