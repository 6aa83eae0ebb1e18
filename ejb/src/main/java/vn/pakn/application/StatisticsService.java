package vn.pakn.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.pakn.application.statistics.CaseFacts;
import vn.pakn.application.statistics.GroupBy;
import vn.pakn.application.statistics.StatisticsCalculator;
import vn.pakn.application.statistics.StatisticsReport;
import vn.pakn.domain.model.calendar.PauseInterval;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.domain.model.shared.DomainException;

/**
 * Statistics for leaders: received, answered, on-time rate, overdue now, returned, reopened, average answer
 * time in working days and satisfaction, by unit, category, channel, month or week, over the cases received in
 * a period. The definitions are those of {@link StatisticsCalculator}. The database does the filtering and the
 * rating aggregates; working-time figures are computed in Java over a per-case projection (four queries, fine
 * for tens of thousands of cases a year). LEADER, DISPATCHER and ADMIN see everything; a UNIT_LEADER sees the
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
        var rows = new StatisticsCalculator(calendar, now).summarise(facts(start, end), groupBy, labels, inScope);
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

    private List<CaseFacts> facts(Instant start, Instant end) {
        String inPeriod = " c.receivedAt >= :start AND c.receivedAt < :end AND c.state <> :merged";
        Map<Long, List<Object[]>> leads = new HashMap<>();
        for (Object[] a : period(em.createQuery("""
                SELECT c.id, a.id, a.unit.id, a.state, a.assignedAt, a.dueAt, a.answeredAt FROM Assignment a JOIN a.assignedCase c
                WHERE a.role = :lead AND""" + inPeriod + " ORDER BY a.assignedAt, a.id", Object[].class), start, end)
                .setParameter("lead", Assignment.Role.LEAD).getResultList()) {
            leads.computeIfAbsent((Long) a[0], k -> new ArrayList<>()).add(a);
        }
        Map<Long, List<PauseInterval>> pauses = new HashMap<>();
        for (Object[] p : period(em.createQuery("""
                SELECT a.id, p.startedAt, p.endedAt FROM PausePeriod p JOIN p.assignment a JOIN a.assignedCase c
                WHERE a.role = :lead AND""" + inPeriod, Object[].class), start, end)
                .setParameter("lead", Assignment.Role.LEAD).getResultList()) {
            pauses.computeIfAbsent((Long) p[0], k -> new ArrayList<>()).add(new PauseInterval((Instant) p[1], (Instant) p[2]));
        }
        Map<Long, long[]> ratings = new HashMap<>();
        for (Object[] r : period(em.createQuery("""
                SELECT c.id, SUM(r.score), COUNT(r) FROM Rating r, Report rp JOIN rp.currentCase c
                WHERE rp.id = r.reportId AND""" + inPeriod + " GROUP BY c.id", Object[].class), start, end).getResultList()) {
            ratings.put((Long) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        List<CaseFacts> out = new ArrayList<>();
        for (Object[] c : period(em.createQuery("""
                SELECT c.id, c.channel, cat.id, c.receivedAt, c.state, c.reportCount, c.reopenedCount
                FROM PaknCase c LEFT JOIN c.category cat WHERE""" + inPeriod, Object[].class), start, end).getResultList()) {
            long id = (Long) c[0];
            List<Object[]> caseLeads = leads.getOrDefault(id, List.of());
            List<Long> returnedBy = caseLeads.stream().filter(a -> a[3] == Assignment.State.RETURNED).map(a -> (Long) a[2]).toList();
            CaseFacts.Lead lead = null;
            if (!caseLeads.isEmpty()) {
                Object[] a = caseLeads.get(caseLeads.size() - 1);
                lead = new CaseFacts.Lead((Long) a[2], (Assignment.State) a[3], (Instant) a[4], (Instant) a[5], (Instant) a[6],
                        pauses.getOrDefault((Long) a[1], List.of()));
            }
            long[] rating = ratings.getOrDefault(id, new long[2]);
            out.add(new CaseFacts(id, (Channel) c[1], (Long) c[2], (Instant) c[3], (CaseState) c[4], (Integer) c[5],
                    (Integer) c[6], lead, returnedBy, rating[0], rating[1]));
        }
        return out;
    }

    private static <T extends jakarta.persistence.TypedQuery<Object[]>> T period(T query, Instant start, Instant end) {
        query.setParameter("start", start).setParameter("end", end).setParameter("merged", CaseState.MERGED);
        return query;
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
