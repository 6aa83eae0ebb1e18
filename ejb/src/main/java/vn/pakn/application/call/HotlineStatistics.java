package vn.pakn.application.call;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.pakn.domain.model.call.HotlineCall;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.telephony.agi.SurveyAnswer;
import vn.pakn.telephony.call.CallSnapshot;
import vn.pakn.telephony.kpi.HotlineKpiCalculator;
import vn.pakn.telephony.kpi.HotlineKpis;
import vn.pakn.telephony.kpi.KpiSettings;

/**
 * Hotline KPIs over the stored calls, with the telephony library's {@link HotlineKpiCalculator} (one definition of
 * every figure for the library's tests and the server). Days are Asia/Ho_Chi_Minh days, both ends included.
 */
@Stateless
public class HotlineStatistics {

    public enum GroupBy { PERIOD, QUEUE, OPERATOR }

    static final long MAX_DAYS = 366;
    private static final KpiSettings SETTINGS = KpiSettings.defaults();
    private static final HotlineKpis NO_CALLS = new HotlineKpiCalculator(SETTINGS).compute(List.of(), List.of());

    @Inject
    private CallRecords calls;

    @Inject
    private OperatorDirectory operators;

    @Inject
    private OperatorBreaks breaks;

    /**
     * @param period for {@link GroupBy#PERIOD}: {@code HOURS}, {@code DAYS}, {@code WEEKS} (Monday) or {@code MONTHS}
     */
    public HotlineReport report(LocalDate from, LocalDate to, GroupBy groupBy, String period) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw DomainException.invalid("bad-period", "Khoảng thời gian không hợp lệ (từ ngày ≤ đến ngày, tối đa "
                    + MAX_DAYS + " ngày).", "Bad period: from must not be after to, at most " + MAX_DAYS + " days.");
        }
        String unit = period == null || period.isBlank() ? "DAYS" : period.trim().toUpperCase(Locale.ROOT);
        if (!List.of("HOURS", "DAYS", "WEEKS", "MONTHS").contains(unit)) {
            throw DomainException.invalid("bad-period-unit", "Đơn vị thời gian không hợp lệ: " + period,
                    "Unknown period " + period + " (HOURS, DAYS, WEEKS, MONTHS)");
        }
        Instant start = from.atStartOfDay(SETTINGS.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(SETTINGS.zone()).toInstant();
        List<HotlineCall> rows = calls.startedBetween(start, end);
        List<CallSnapshot> snapshots = rows.stream().map(HotlineCall::toSnapshot).toList();
        List<SurveyAnswer> surveys = rows.stream().filter(c -> c.getSurveyScore().isPresent())
                .map(c -> new SurveyAnswer(c.getLinkedId(), c.getCitizenNumber(), c.getSurveyScore().get(),
                        c.getSurveyAt()))
                .toList();
        var calculator = new HotlineKpiCalculator(SETTINGS);
        HotlineFigures total = HotlineFigures.of(calculator.compute(snapshots, surveys));
        List<HotlineReport.Row> out = switch (groupBy) {
            case QUEUE -> rows(calculator.byQueue(snapshots, surveys), Map.of(), null);
            case OPERATOR -> rows(calculator.byOperator(snapshots, surveys), operators.operatorsByExtension(),
                    breaks.byExtension(start, end));
            case PERIOD -> calculator.groupBy(snapshots, surveys, c -> bucket(c, unit)).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> new HotlineReport.Row(e.getKey(), e.getKey(), HotlineFigures.of(e.getValue()), null))
                    .toList();
        };
        return new HotlineReport(from, to, groupBy.name().toLowerCase(Locale.ROOT),
                groupBy == GroupBy.PERIOD ? unit.toLowerCase(Locale.ROOT) : null, total, out);
    }

    /**
     * @param breakTime time on break per extension, or null when the grouping is not by operator; an extension with
     *                  breaks but no calls gets a row of zeros
     */
    static List<HotlineReport.Row> rows(Map<String, HotlineKpis> groups, Map<String, String> labels,
            Map<String, Duration> breakTime) {
        Map<String, HotlineKpis> all = new TreeMap<>(groups);
        if (breakTime != null) {
            breakTime.keySet().forEach(ext -> all.computeIfAbsent(ext, k -> NO_CALLS));
        }
        return all.entrySet().stream()
                .map(e -> new HotlineReport.Row(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()),
                        HotlineFigures.of(e.getValue()), breakTime == null ? null
                                : breakTime.getOrDefault(e.getKey(), Duration.ZERO).toSeconds()))
                .toList();
    }

    /** The bucket's start in local time, ISO text so that it sorts. */
    static String bucket(CallSnapshot c, String unit) {
        var at = (c.offeredAt() != null ? c.offeredAt() : c.startedAt()).atZone(SETTINGS.zone()).toLocalDateTime();
        return switch (unit) {
            case "HOURS" -> at.truncatedTo(ChronoUnit.HOURS).toString();
            case "DAYS" -> at.toLocalDate().toString();
            case "WEEKS" -> at.toLocalDate().with(java.time.DayOfWeek.MONDAY).toString();
            default -> at.toLocalDate().withDayOfMonth(1).toString();
        };
    }
}
