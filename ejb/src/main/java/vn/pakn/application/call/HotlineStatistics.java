package vn.pakn.application.call;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    @Inject
    private CallRecords calls;

    @Inject
    private OperatorDirectory operators;

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
        List<HotlineCall> rows = calls.startedBetween(from.atStartOfDay(SETTINGS.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(SETTINGS.zone()).toInstant());
        List<CallSnapshot> snapshots = rows.stream().map(HotlineCall::toSnapshot).toList();
        List<SurveyAnswer> surveys = rows.stream().filter(c -> c.getSurveyScore().isPresent())
                .map(c -> new SurveyAnswer(c.getLinkedId(), c.getCitizenNumber(), c.getSurveyScore().get(),
                        c.getSurveyAt()))
                .toList();
        var calculator = new HotlineKpiCalculator(SETTINGS);
        HotlineFigures total = HotlineFigures.of(calculator.compute(snapshots, surveys));
        List<HotlineReport.Row> out = switch (groupBy) {
            case QUEUE -> rows(calculator.byQueue(snapshots, surveys), Map.of());
            case OPERATOR -> rows(calculator.byOperator(snapshots, surveys), operators.operatorsByExtension());
            case PERIOD -> calculator.groupBy(snapshots, surveys, c -> bucket(c, unit)).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> new HotlineReport.Row(e.getKey(), e.getKey(), HotlineFigures.of(e.getValue())))
                    .toList();
        };
        return new HotlineReport(from, to, groupBy.name().toLowerCase(Locale.ROOT),
                groupBy == GroupBy.PERIOD ? unit.toLowerCase(Locale.ROOT) : null, total, out);
    }

    private static List<HotlineReport.Row> rows(Map<String, HotlineKpis> groups, Map<String, String> labels) {
        return groups.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey))
                .map(e -> new HotlineReport.Row(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()),
                        HotlineFigures.of(e.getValue())))
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
