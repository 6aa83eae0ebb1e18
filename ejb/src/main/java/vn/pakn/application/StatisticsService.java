package vn.pakn.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.LinkedHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.application.statistics.CaseFactsLoader;
import vn.pakn.application.statistics.DailyStatistics;
import vn.pakn.application.statistics.DailyStatisticsBuilder;
import vn.pakn.application.statistics.StatisticsRow;
import vn.pakn.application.statistics.StatisticsSettings;
import vn.pakn.application.statistics.GroupBy;
import vn.pakn.application.statistics.StatisticsCalculator;
import vn.pakn.application.statistics.StatisticsReport;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.shared.DomainException;

/**
 * Statistics for leaders: received, answered, on-time rate, overdue now, returned, reopened, average answer
 * time in working days and satisfaction, by unit, category, channel, month or week, over the cases received in
 * a period. The definitions are those of {@link StatisticsCalculator}. The figures are sums over the per-day
 * table of {@link DailyStatistics} (brought up to date before each read, so as fresh as the cases), with "overdue
 * now" counted live; while that table is being rebuilt, or with {@value StatisticsSettings#DAILY} off, they are
 * computed over a per-case projection of the period ({@link CaseFactsLoader}), as fast as tens of thousands of
 * cases allow. LEADER, DISPATCHER and ADMIN see everything; a UNIT_LEADER sees the
 * figures of their unit and its sub-units only.
 */
@Stateless
public class StatisticsService {

    /** The longest period one request may cover, in days. */
    public static final int MAX_PERIOD_DAYS = 3 * 366;

    private record UnitInfo(String code, String name, String path) {
    }

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private WorkingCalendarService calendars;

    @Inject
    private CaseFactsLoader facts;

    @Inject
    private DailyStatistics daily;

    @Inject
    private DailyStatisticsBuilder builder;

    @Inject
    @ConfigProperty(name = StatisticsSettings.DAILY, defaultValue = StatisticsSettings.Defaults.DAILY)
    private boolean dailyEnabled;

    public StatisticsReport summarise(LocalDate from, LocalDate to, GroupBy groupBy) {
        if (from == null || to == null || groupBy == null) {
            throw DomainException.invalid("statistics-params", "Cần nhập từ ngày, đến ngày và cách nhóm.",
                    "from, to and groupBy are required.");
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid("bad-period", "Đến ngày phải sau hoặc bằng từ ngày.", "'to' must not be before 'from'.");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_PERIOD_DAYS) {
            throw DomainException.invalid("period-too-long", "Khoảng thời gian tối đa " + MAX_PERIOD_DAYS + " ngày.",
                    "The period may cover at most " + MAX_PERIOD_DAYS + " days.");
        }
        StaffMember staff = currentStaff.get();
        Map<Long, UnitInfo> units = units();
        String scopePath = scopePath(staff);
        Predicate<Long> inScope = scopePath == null ? u -> true
                : u -> u != null && units.containsKey(u) && units.get(u).path().startsWith(scopePath);

        WorkingCalendar calendar = calendars.current();
        Instant now = clock.instant();
        Instant start = from.atStartOfDay(calendar.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        Map<Long, String[]> categories = categories();
        var labels = new StatisticsCalculator.Labels(id -> units.get(id).code(), id -> units.get(id).name(),
                id -> categories.get(id)[0], id -> categories.get(id)[1]);
        var calculator = new StatisticsCalculator(calendar, now);
        List<StatisticsRow> rows;
        if (dailyEnabled && daily.refresh()) {
            // Per-day table: sums over days, and "overdue now" counted live (it changes with the clock).
            List<Long> scopeUnits = scopePath == null ? null
                    : units.entrySet().stream().filter(e -> inScope.test(e.getKey())).map(Map.Entry::getKey).toList();
            Map<StatisticsCalculator.Cell, StatisticsCalculator.Tally> cells = new LinkedHashMap<>(
                    daily.cells(from, to, groupBy, scopeUnits));
            daily.overdue(start, end, groupBy, scopeUnits).forEach((cell, tally) -> cells.merge(cell, tally, (a, b) -> {
                a.add(b);
                return a;
            }));
            rows = calculator.rows(cells, groupBy, labels);
        } else {
            builder.rebuildIfNeeded();
            rows = calculator.summarise(facts.facts(start, end), groupBy, labels, inScope);
        }
        return new StatisticsReport(from, to, groupBy, now, scopePath == null ? null : units.get(staff.unitId()).code(),
                List.copyOf(rows.subList(0, rows.size() - 1)), rows.get(rows.size() - 1));
    }

    /** {@code null} for staff who see everything, else the unit path a unit leader is limited to. */
    private static String scopePath(StaffMember staff) {
        if (staff.hasAny(Role.LEADER, Role.DISPATCHER, Role.ADMIN)) {
            return null;
        }
        if (staff.has(Role.UNIT_LEADER) && staff.unitPath() != null) {
            return staff.unitPath();
        }
        throw DomainException.forbidden("Chỉ lãnh đạo, điều phối viên, quản trị và lãnh đạo đơn vị được xem thống kê.",
                "Only leaders, dispatchers, administrators and unit leaders may see statistics.");
    }

    private Map<Long, UnitInfo> units() {
        Map<Long, UnitInfo> out = new HashMap<>();
        em.createQuery("SELECT u.id, u.code, u.nameVi, u.path FROM Unit u", Object[].class).getResultList()
                .forEach(u -> out.put((Long) u[0], new UnitInfo((String) u[1], (String) u[2], (String) u[3])));
        return out;
    }

    private Map<Long, String[]> categories() {
        Map<Long, String[]> out = new HashMap<>();
        em.createQuery("SELECT c.id, c.code, c.nameVi FROM Category c", Object[].class).getResultList()
                .forEach(c -> out.put((Long) c[0], new String[] {(String) c[1], (String) c[2]}));
        return out;
    }
}
