package vn.pakn.application.statistics;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import vn.pakn.application.WorkingCalendarService;
import vn.pakn.application.deadline.DeadlineWatch;
import vn.pakn.application.statistics.StatisticsCalculator.Cell;
import vn.pakn.application.statistics.StatisticsCalculator.Tally;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.shared.Channel;

/**
 * The per-day statistics table {@code case_stat_day} (V53__dashboard.sql): the {@link StatisticsCalculator}'s cells
 * of the cases received each day, so that a period's figures are a sum over days instead of a pass over every case.
 *
 * <p>Freshness: before each read, {@link #refresh()} recomputes, from the cases and with the same calculator, every
 * day that has a case written (pakn_case.stats_touched_at) or a rating given (rating.rated_at) since the table was
 * last brought up to date, less {@link #COMMIT_LAG}, and not counted yet: a change is stamped when it is flushed
 * but seen only when its transaction commits, so the window reaches back beyond any transaction's life (they time
 * out long before), and the stamps already counted are kept (case_stat_seen, rating_stat_seen) so that a change is
 * recomputed once, not at every read while it is recent. The figures are therefore as fresh as the direct computation. "Overdue now"
 * changes with the clock, so it is never stored: {@link #overdue} counts it live. A change of the working calendar
 * (holidays, working hours) changes on-time and answer-time figures of the past, so it empties the table and the
 * {@link DailyStatisticsBuilder} rebuilds it; meanwhile {@link #refresh()} says the table is not ready and the
 * statistics are computed from the cases.
 *
 * <p>Timestamps of this bookkeeping are system time ({@link Instant#now()}), like the stamps on the cases; the
 * domain clock is used only for "overdue now".
 */
@Stateless
public class DailyStatistics {

    /** How long a change may stay uncommitted after its stamp; beyond the transaction timeout (300 s). */
    public static final Duration COMMIT_LAG = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(DailyStatistics.class);
    private static final int INSERT_BATCH = 200;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private CaseFactsLoader loader;

    @Inject
    private WorkingCalendarService calendars;

    @Inject
    private Clock clock;

    /**
     * Brings the table up to date with the cases; {@code false} if it is not built (being rebuilt), in which case the
     * caller computes from the cases. One refresh at a time (a row lock), in its own transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean refresh() {
        // First without the lock: the usual answer is "nothing new", and the page's parallel requests need not queue.
        Object[] state = state("");
        if (state[0] == null) {
            return false;
        }
        if (!calendarKey().equals(state[1])) {
            state = state(" FOR UPDATE");
            if (state[0] != null) {
                LOG.infof("PAKN1501: the working calendar changed; the per-day statistics will be rebuilt");
                em.createNativeQuery("UPDATE case_stat_state SET built_until = NULL, calendar_key = NULL WHERE id = 1").executeUpdate();
            }
            return false;
        }
        if (unseenCases(instant(state[0])).isEmpty() && unseenRatings(instant(state[0])).isEmpty()) {
            return true;
        }
        state = state(" FOR UPDATE");
        if (state[0] == null) {
            return false;
        }
        Instant started = Instant.now();
        Instant since = instant(state[0]).minus(COMMIT_LAG);
        List<Object[]> cases = unseenCases(instant(state[0]));
        List<Object[]> ratings = unseenRatings(instant(state[0]));
        ZoneId zone = calendars.current().zone();
        var days = new TreeSet<LocalDate>();
        cases.forEach(r -> days.add(LocalDate.ofInstant(instant(r[1]), zone)));
        ratings.forEach(r -> days.add(LocalDate.ofInstant(instant(r[1]), zone)));
        recompute(days);
        seen("case_stat_seen", "case_id", "touched_at", cases, since);
        seen("rating_stat_seen", "rating_id", "rated_at", ratings, since);
        em.createNativeQuery("UPDATE case_stat_state SET built_until = ?1 WHERE id = 1").setParameter(1, started).executeUpdate();
        return true;
    }

    private Object[] state(String lock) {
        return (Object[]) em.createNativeQuery("SELECT built_until, calendar_key FROM case_stat_state WHERE id = 1" + lock)
                .getSingleResult();
    }

    /** Cases written since the table was brought up to date (less the commit lag) whose stamp is not counted yet. */
    private List<Object[]> unseenCases(Instant builtUntil) {
        return unseen("""
                SELECT c.id, c.received_at, c.stats_touched_at FROM pakn_case c LEFT JOIN case_stat_seen s ON s.case_id = c.id
                WHERE c.stats_touched_at >= ?1 AND (s.touched_at IS NULL OR s.touched_at <> c.stats_touched_at)""",
                builtUntil.minus(COMMIT_LAG));
    }

    /** Ratings given or changed likewise. */
    private List<Object[]> unseenRatings(Instant builtUntil) {
        return unseen("""
                SELECT r.id, c.received_at, r.rated_at FROM rating r JOIN report rp ON rp.id = r.report_id
                JOIN pakn_case c ON c.id = rp.case_id LEFT JOIN rating_stat_seen s ON s.rating_id = r.id
                WHERE r.rated_at >= ?1 AND (s.rated_at IS NULL OR s.rated_at <> r.rated_at)""", builtUntil.minus(COMMIT_LAG));
    }

    /** Rows (id, received_at, stamp) of changes stamped since {@code since} whose stamp is not counted yet. */
    @SuppressWarnings("unchecked")
    private List<Object[]> unseen(String sql, Instant since) {
        return em.createNativeQuery(sql).setParameter(1, since).getResultList();
    }

    /**
     * Notes the stamps just counted (the values read before the recomputation: a case written again since then
     * has a newer stamp and is counted at the next refresh), and forgets those older than any that can still
     * appear late.
     */
    private void seen(String table, String idColumn, String stampColumn, List<Object[]> rows, Instant since) {
        em.createNativeQuery("DELETE FROM " + table + " WHERE " + stampColumn + " < ?1").setParameter(1, since).executeUpdate();
        for (int from = 0; from < rows.size(); from += INSERT_BATCH) {
            List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + INSERT_BATCH));
            var ids = batch.stream().map(r -> ((Number) r[0]).longValue()).toList();
            em.createNativeQuery("DELETE FROM " + table + " WHERE " + idColumn + " IN (?1)").setParameter(1, ids).executeUpdate();
            var sql = new StringBuilder("INSERT INTO " + table + " (" + idColumn + ", " + stampColumn + ") VALUES ");
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?)");
            }
            var insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (Object[] r : batch) {
                insert.setParameter(p++, ((Number) r[0]).longValue());
                insert.setParameter(p++, instant(r[2]));
            }
            insert.executeUpdate();
        }
    }

    /** Starts a rebuild: empties the table and notes the calendar it is built for. Returns when it started. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Instant startRebuild() {
        lockState();
        em.createNativeQuery("UPDATE case_stat_state SET built_until = NULL, calendar_key = NULL WHERE id = 1").executeUpdate();
        em.createNativeQuery("DELETE FROM case_stat_day").executeUpdate();
        em.createNativeQuery("DELETE FROM case_stat_month").executeUpdate();
        em.createNativeQuery("DELETE FROM case_stat_week").executeUpdate();
        em.createNativeQuery("DELETE FROM case_stat_seen").executeUpdate();
        em.createNativeQuery("DELETE FROM rating_stat_seen").executeUpdate();
        return Instant.now();
    }

    /** Recomputes the days from {@code from} to {@code to}, both included; one step of a rebuild. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rebuildDays(LocalDate from, LocalDate to) {
        lockState();
        var days = new TreeSet<LocalDate>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        recompute(days);
    }

    /**
     * Ends a rebuild that started at {@code started}: the table counts as built up to then (changes made during the
     * rebuild are picked up by the next refresh), for the calendar in force when it started.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finishRebuild(Instant started, String calendarKey) {
        lockState();
        em.createNativeQuery("UPDATE case_stat_state SET built_until = ?1, calendar_key = ?2 WHERE id = 1")
                .setParameter(1, started).setParameter(2, calendarKey).executeUpdate();
    }

    /** Whether the table is built for the calendar in force. */
    public boolean needsRebuild() {
        Object[] state = state("");
        return state[0] == null || !calendarKey().equals(state[1]);
    }

    /** The days that have cases, first and last, if any. */
    public Optional<LocalDate[]> caseDays() {
        Object[] range = em.createQuery("SELECT MIN(c.receivedAt), MAX(c.receivedAt) FROM PaknCase c", Object[].class)
                .getSingleResult();
        if (range[0] == null) {
            return Optional.empty();
        }
        ZoneId zone = calendars.current().zone();
        return Optional.of(new LocalDate[] {LocalDate.ofInstant((Instant) range[0], zone), LocalDate.ofInstant((Instant) range[1], zone)});
    }

    /**
     * The stored cells from {@code from} to {@code to}, summed over what {@code groupBy} does not look at (a cell
     * carries only the unit for UNIT, the day for MONTH and WEEK, …), of the units given, or of all (and of no unit)
     * when {@code units} is {@code null}.
     */
    public Map<Cell, Tally> cells(LocalDate from, LocalDate to, GroupBy groupBy, Collection<Long> units) {
        Map<Cell, Tally> out = new LinkedHashMap<>();
        if (units != null && units.isEmpty()) {
            return out;
        }
        for (Span span : spans(from, to, groupBy)) {
            sum(span.table(), DAY_COLUMN.get(span.table()), span.from(), span.to(), groupBy, units, out);
        }
        return out;
    }

    static final String DAYS = "case_stat_day";
    static final String MONTHS = "case_stat_month";
    static final String WEEKS = "case_stat_week";
    private static final Map<String, String> DAY_COLUMN = Map.of(DAYS, "stat_day", MONTHS, "stat_month", WEEKS, "stat_week");

    /**
     * A stretch of the period and the table it is read from: {@code from} and {@code to} are first days in MONTHS,
     * Mondays in WEEKS.
     */
    record Span(String table, LocalDate from, LocalDate to) {
    }

    /**
     * Whole calendar months from the monthly roll-up (about 600 rows a month instead of 7,000), the days at either
     * end from the daily rows. Weeks straddle months, so for the week trend whole weeks come from the weekly roll-up
     * (per holding unit only: about 27 rows a week) and the days at either end from the daily rows.
     */
    static List<Span> spans(LocalDate from, LocalDate to, GroupBy groupBy) {
        if (groupBy == GroupBy.WEEK) {
            LocalDate firstWeek = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            LocalDate afterWeeks = to.plusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return spans(from, to, WEEKS, firstWeek, afterWeeks, afterWeeks.minusWeeks(1));
        }
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate afterMonths = to.plusDays(1).withDayOfMonth(1);
        return spans(from, to, MONTHS, firstMonth, afterMonths, afterMonths.minusMonths(1));
    }

    /** The whole periods from {@code first} to before {@code after} from the roll-up, the days either side from days. */
    private static List<Span> spans(LocalDate from, LocalDate to, String rollUp, LocalDate first, LocalDate after, LocalDate last) {
        if (!first.isBefore(after)) {
            return List.of(new Span(DAYS, from, to));
        }
        List<Span> spans = new ArrayList<>();
        if (from.isBefore(first)) {
            spans.add(new Span(DAYS, from, first.minusDays(1)));
        }
        spans.add(new Span(rollUp, first, last));
        if (!to.isBefore(after)) {
            spans.add(new Span(DAYS, after, to));
        }
        return spans;
    }

    private void sum(String table, String dayColumn, LocalDate from, LocalDate to, GroupBy groupBy, Collection<Long> units,
            Map<Cell, Tally> out) {
        String column = switch (groupBy) {
            case UNIT -> "unit_id";
            case CATEGORY -> "category_id";
            case CHANNEL -> "channel";
            case MONTH, WEEK -> dayColumn;
        };
        var query = em.createNativeQuery("SELECT " + column + ", SUM(received), SUM(reports), SUM(answered),"
                + " SUM(answered_on_time), SUM(returned), SUM(reopened), SUM(answer_days), SUM(rating_sum), SUM(ratings)"
                + " FROM " + table + " WHERE " + dayColumn + " >= ?1 AND " + dayColumn + " <= ?2"
                + (units == null ? "" : " AND unit_id IN (?3)") + " GROUP BY " + column)
                .setParameter(1, from).setParameter(2, to);
        if (units != null) {
            query.setParameter(3, units);
        }
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            Tally t = new Tally();
            t.received = number(r[1]);
            t.reports = number(r[2]);
            t.answered = number(r[3]);
            t.answeredOnTime = number(r[4]);
            t.returned = number(r[5]);
            t.reopened = number(r[6]);
            t.answerDays = ((Number) r[7]).doubleValue();
            t.ratingSum = number(r[8]);
            t.ratings = number(r[9]);
            out.merge(cell(groupBy, r[0]), t, (x, y) -> {
                x.add(y);
                return x;
            });
        }
    }

    /**
     * "Overdue now" of the cases received in {@code [start, end)}, as cells like {@link #cells}: the latest lead
     * assignment open on a case being worked, not paused, past its due time (the rule of {@link DeadlineWatch} and
     * of the calculator). Counted under the unit holding the case, which is that assignment's unit.
     */
    public Map<Cell, Tally> overdue(Instant start, Instant end, GroupBy groupBy, Collection<Long> units) {
        ZoneId zone = calendars.current().zone();
        Map<Long, Long> unitOfCase = new java.util.HashMap<>();
        lateOpenLeads().forEach((caseId, unit) -> {
            if (units == null || units.contains(unit)) {
                unitOfCase.put(caseId, unit);
            }
        });
        Map<Cell, Tally> out = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(unitOfCase.keySet());
        for (int from = 0; from < ids.size(); from += 500) {
            for (Object[] r : em.createQuery("""
                    SELECT c.id, c.receivedAt, cat.id, c.channel FROM PaknCase c LEFT JOIN c.category cat
                    WHERE c.id IN :ids AND c.state IN :working AND c.receivedAt >= :start AND c.receivedAt < :end""", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .setParameter("working", DeadlineWatch.WORKING_CASE_STATES)
                    .setParameter("start", start).setParameter("end", end).getResultList()) {
                LocalDate day = LocalDate.ofInstant((Instant) r[1], zone);
                Cell full = new Cell(day, unitOfCase.get((Long) r[0]), (Long) r[2], (Channel) r[3]);
                out.computeIfAbsent(full.only(groupBy), k -> new Tally()).overdue++;
            }
        }
        return out;
    }

    /**
     * Case id → unit of the open lead assignments past due, not paused and latest of their case. First those past due
     * (few at any time, found by the (state, due_at) index), then, for them only, their open pauses and the lead
     * assignments of their cases (by the assignment and case indexes). One statement with NOT EXISTS made PostgreSQL
     * misjudge the first step (it expects every open assignment to be past due) and scan all pauses in parallel
     * workers: 40-60 ms instead of a few.
     */
    private Map<Long, Long> lateOpenLeads() {
        List<Object[]> late = em.createQuery("""
                SELECT a.id, a.assignedCase.id, a.unit.id, a.assignedAt FROM Assignment a
                WHERE a.role = :lead AND a.state IN :open AND a.dueAt < :now""", Object[].class)
                .setParameter("lead", Assignment.Role.LEAD)
                .setParameter("open", List.of(Assignment.State.ASSIGNED, Assignment.State.ACCEPTED))
                .setParameter("now", clock.instant()).getResultList();
        var paused = new java.util.HashSet<Long>();
        Map<Long, List<Object[]>> leadsOfCase = new java.util.HashMap<>();
        for (int from = 0; from < late.size(); from += 500) {
            List<Object[]> chunk = late.subList(from, Math.min(late.size(), from + 500));
            paused.addAll(em.createQuery("SELECT p.assignment.id FROM PausePeriod p WHERE p.assignment.id IN :ids AND p.endedAt IS NULL",
                            Long.class).setParameter("ids", chunk.stream().map(r -> (Long) r[0]).toList()).getResultList());
            for (Object[] b : em.createQuery("""
                    SELECT b.assignedCase.id, b.id, b.assignedAt FROM Assignment b
                    WHERE b.assignedCase.id IN :cases AND b.role = :lead""", Object[].class)
                    .setParameter("cases", chunk.stream().map(r -> (Long) r[1]).distinct().toList())
                    .setParameter("lead", Assignment.Role.LEAD).getResultList()) {
                leadsOfCase.computeIfAbsent((Long) b[0], k -> new ArrayList<>()).add(b);
            }
        }
        Map<Long, Long> out = new java.util.HashMap<>();
        for (Object[] a : late) {
            long id = (Long) a[0];
            Instant assigned = (Instant) a[3];
            boolean latest = leadsOfCase.getOrDefault((Long) a[1], List.of()).stream().noneMatch(b -> {
                int c = ((Instant) b[2]).compareTo(assigned);
                return c > 0 || (c == 0 && (Long) b[1] > id);
            });
            if (latest && !paused.contains(id)) {
                out.put((Long) a[1], (Long) a[2]);
            }
        }
        return out;
    }

    /** A fingerprint of the working calendar (its days and working hours): what past figures depend on. */
    public String calendarKey() {
        var text = new StringBuilder();
        for (Object row : em.createNativeQuery("SELECT calendar_date, kind FROM calendar_day ORDER BY calendar_date").getResultList()) {
            Object[] r = (Object[]) row;
            text.append(r[0]).append(' ').append(r[1]).append('\n');
        }
        for (Object v : em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?1")
                .setParameter(1, WorkingCalendarService.WORKING_HOURS_SETTING).getResultList()) {
            text.append(v);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object[] lockState() {
        return state(" FOR UPDATE");
    }

    /** Replaces the rows of the given days by cells computed from their cases, a run of consecutive days at a time. */
    private void recompute(TreeSet<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        WorkingCalendar calendar = calendars.current();
        var calculator = new StatisticsCalculator(calendar, clock.instant());
        LocalDate runStart = null;
        LocalDate previous = null;
        for (LocalDate d : days) {
            if (runStart != null && !d.equals(previous.plusDays(1))) {
                recompute(runStart, previous, calendar.zone(), calculator);
                runStart = null;
            }
            if (runStart == null) {
                runStart = d;
            }
            previous = d;
        }
        recompute(runStart, previous, calendar.zone(), calculator);
    }

    private void recompute(LocalDate from, LocalDate to, ZoneId zone, StatisticsCalculator calculator) {
        em.createNativeQuery("DELETE FROM case_stat_day WHERE stat_day >= ?1 AND stat_day <= ?2")
                .setParameter(1, from).setParameter(2, to).executeUpdate();
        var facts = loader.facts(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        List<Map.Entry<Cell, Tally>> batch = new ArrayList<>(INSERT_BATCH);
        for (var e : calculator.cells(facts, false).entrySet()) {
            batch.add(e);
            if (batch.size() == INSERT_BATCH) {
                insert(batch);
                batch.clear();
            }
        }
        insert(batch);
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            rollUp(month);
        }
        for (LocalDate week = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !week.isAfter(to); week = week.plusWeeks(1)) {
            rollUpWeek(week);
        }
    }

    /** The week's rows from its days: ?1 its Monday, ?2 its Sunday. */
    static final String WEEK_ROLL_UP = "INSERT INTO case_stat_week (stat_week, unit_id, received, reports, answered,"
            + " answered_on_time, returned, reopened, answer_days, rating_sum, ratings)"
            + " SELECT CAST(?1 AS DATE), unit_id, SUM(received), SUM(reports), SUM(answered), SUM(answered_on_time),"
            + " SUM(returned), SUM(reopened), SUM(answer_days), SUM(rating_sum), SUM(ratings)"
            + " FROM case_stat_day WHERE stat_day >= ?1 AND stat_day <= ?2 GROUP BY unit_id";

    /**
     * Rewrites a week's roll-up (per holding unit) from its days. A rebuild goes a month at a time, so a week that
     * straddles two months is rewritten at each, the second time with all its days.
     */
    private void rollUpWeek(LocalDate monday) {
        em.createNativeQuery("DELETE FROM case_stat_week WHERE stat_week = ?1").setParameter(1, monday).executeUpdate();
        em.createNativeQuery(WEEK_ROLL_UP).setParameter(1, monday).setParameter(2, monday.plusDays(6)).executeUpdate();
    }

    /** Rewrites a month's roll-up from its days. */
    private void rollUp(LocalDate month) {
        em.createNativeQuery("DELETE FROM case_stat_month WHERE stat_month = ?1").setParameter(1, month).executeUpdate();
        em.createNativeQuery("INSERT INTO case_stat_month (stat_month, unit_id, category_id, channel, received, reports, answered,"
                + " answered_on_time, returned, reopened, answer_days, rating_sum, ratings)"
                + " SELECT CAST(?1 AS DATE), unit_id, category_id, channel, SUM(received), SUM(reports), SUM(answered),"
                + " SUM(answered_on_time), SUM(returned), SUM(reopened), SUM(answer_days), SUM(rating_sum), SUM(ratings)"
                + " FROM case_stat_day WHERE stat_day >= ?1 AND stat_day <= ?2 GROUP BY unit_id, category_id, channel")
                .setParameter(1, month).setParameter(2, month.plusMonths(1).minusDays(1)).executeUpdate();
    }

    /** One multi-row INSERT: a full rebuild writes some hundred thousand rows. */
    private void insert(List<Map.Entry<Cell, Tally>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var sql = new StringBuilder("INSERT INTO case_stat_day (stat_day, unit_id, category_id, channel, received, reports,"
                + " answered, answered_on_time, returned, reopened, answer_days, rating_sum, ratings) VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, CAST(? AS BIGINT), CAST(? AS BIGINT), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        var insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (var e : rows) {
            Cell c = e.getKey();
            Tally t = e.getValue();
            insert.setParameter(p++, c.day());
            insert.setParameter(p++, c.unitId());
            insert.setParameter(p++, c.categoryId());
            insert.setParameter(p++, c.channel().name());
            insert.setParameter(p++, t.received);
            insert.setParameter(p++, t.reports);
            insert.setParameter(p++, t.answered);
            insert.setParameter(p++, t.answeredOnTime);
            insert.setParameter(p++, t.returned);
            insert.setParameter(p++, t.reopened);
            insert.setParameter(p++, t.answerDays);
            insert.setParameter(p++, t.ratingSum);
            insert.setParameter(p++, t.ratings);
        }
        insert.executeUpdate();
    }

    private static Cell cell(GroupBy groupBy, Object value) {
        return switch (groupBy) {
            case UNIT -> new Cell(null, value == null ? null : number(value), null, null);
            case CATEGORY -> new Cell(null, null, value == null ? null : number(value), null);
            case CHANNEL -> new Cell(null, null, null, Channel.valueOf((String) value));
            case MONTH, WEEK -> new Cell(localDate(value), null, null, null);
        };
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    private static LocalDate localDate(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("unexpected date type " + o.getClass());
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }
}
