package vn.pakn.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.DemoData;

/**
 * Dashboard latency benchmark (issue 6, "Tests and figures"): with {@code bench.cases} (1,000,000) cases in
 * PostgreSQL, p50/p95/p99 of every request the leaders' dashboard page makes, for a few realistic filter
 * combinations. After the server has migrated the database and loaded the demo data, {@link CaseLoader} bulk-loads
 * the cases with COPY; then each combination is loaded as the page loads it (its requests at once, as the page's
 * {@code Promise.all} sends them), {@code bench.warmup.loads} times unmeasured and {@code bench.loads} times measured,
 * one page load after the other; after each page load, the drill-down to the cases of the largest unit, category and
 * channel (first pages, and a deep page of the unit's list reached by its cursor), one request after the other.
 * Not a test: it never fails on timing. See wildfly-config/BENCHMARK.md.
 *
 * <p>System properties: {@code bench.cases} (1000000), {@code bench.days} (730), {@code bench.loads} (20),
 * {@code bench.warmup.loads} (3), {@code bench.port.offset} (400), {@code bench.server.heap} (1g),
 * {@code bench.ready.seconds} (900), {@code bench.statistics.daily} (true; false measures the statistics computed
 * from the cases at each request, as before the per-day table), {@code bench.data.dir} (none: a fresh database; given, the loaded database is
 * kept there and reused by the next run, which then skips the load), {@code bench.before.sql} (a file of SQL run on
 * the database before the server starts), {@code bench.work.dir} (target).
 */
public final class DashboardBenchmark {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A filter combination: who looks, over which period. */
    private record Combination(String name, Api.Credentials who, LocalDate from, LocalDate to) {
    }

    /** The drill-down's largest lists: the unit, category and channel with the most cases. */
    static final String DRILL_UNIT = DemoData.WATER_UNIT;
    static final String DRILL_CATEGORY = "CAP_NUOC";
    static final String DRILL_CHANNEL = "HOTLINE";
    /** The deep page of the drill-down: the page that starts after this many cases (page 251 of 20). */
    static final int DEEP = 5000;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long cases = Long.getLong("bench.cases", 1_000_000);
        int days = Integer.getInteger("bench.days", 730);
        int loads = Integer.getInteger("bench.loads", 20);
        int warmups = Integer.getInteger("bench.warmup.loads", 3);
        int portOffset = Integer.getInteger("bench.port.offset", 400);
        String heap = System.getProperty("bench.server.heap", "1g");
        Path work = Path.of(System.getProperty("bench.work.dir", "target")).toAbsolutePath();
        Path provisioned = Path.of(System.getProperty("bench.server.dir", work.resolve("server").toString()));
        String dataDir = System.getProperty("bench.data.dir", "");

        var serverRef = new AtomicReference<BenchServer>();
        BenchPostgres db = BenchPostgres.start("on", 100, dataDir.isBlank() ? null : Path.of(dataDir).toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            BenchServer s = serverRef.getAndSet(null);
            if (s != null) {
                s.close();
            }
        }, "bench-cleanup"));
        try (db) {
            System.out.printf("[bench] %s, %d CPUs, PostgreSQL %s on port %d%n", Instant.now(),
                    Runtime.getRuntime().availableProcessors(), db.version(), db.port());
            String beforeSql = System.getProperty("bench.before.sql", "");
            if (!beforeSql.isBlank()) {
                // e.g. to undo a migration under development on a kept database, so that the server applies it again
                try (Connection c = db.connect()) {
                    c.createStatement().execute(java.nio.file.Files.readString(Path.of(beforeSql)));
                }
                System.out.printf("[bench] ran %s%n", beforeSql);
            }
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            boolean daily = Boolean.parseBoolean(System.getProperty("bench.statistics.daily", "true"));
            BenchServer server = BenchServer.start(provisioned, work.resolve("bench-server"), db, portOffset, heap,
                    Map.of("PAKN_STATISTICS_DAILY", String.valueOf(daily)));
            serverRef.set(server);
            long boot = System.nanoTime();
            server.awaitReady(http, Duration.ofSeconds(Integer.getInteger("bench.ready.seconds", 900)));
            System.out.printf("[bench] server ready in %.0f s%n", (System.nanoTime() - boot) / 1e9);

            Instant now = Instant.now();
            long present = count(db, "SELECT COUNT(*) FROM pakn_case");
            if (present < cases) {
                try (Connection c = db.connect()) {
                    Duration took = new CaseLoader(20261123L, now, days).load(c, cases - present);
                    System.out.printf("[bench] loaded %,d cases with COPY in %.0f s (%,.0f cases/s)%n", cases - present,
                            took.toMillis() / 1000.0, (cases - present) / (took.toMillis() / 1000.0));
                    // The cases went in behind the server's back: have it rebuild its per-day statistics from them,
                    // as the migration that creates the table does.
                    c.createStatement().execute("UPDATE case_stat_state SET built_until = NULL, calendar_key = NULL");
                }
            } else {
                System.out.printf("[bench] %,d cases already in %s: not loading%n", present, dataDir);
            }
            if (daily) {
                awaitDailyStatistics(http, server.base(), db);
            }
            System.out.printf("[bench] %,d cases, %,d reports, %,d assignments, %,d ratings, %,d pauses%n",
                    count(db, "SELECT COUNT(*) FROM pakn_case"), count(db, "SELECT COUNT(*) FROM report"),
                    count(db, "SELECT COUNT(*) FROM assignment"), count(db, "SELECT COUNT(*) FROM rating"),
                    count(db, "SELECT COUNT(*) FROM pause_period"));

            LocalDate today = LocalDate.ofInstant(now, VIETNAM);
            // The page's default period: from the first day of the month two months back, to today.
            LocalDate quarter = today.withDayOfMonth(1).minusMonths(2);
            List<Combination> combinations = List.of(
                    new Combination("leader, this month", DemoData.LEADER, today.withDayOfMonth(1), today),
                    new Combination("leader, 3 months (page default)", DemoData.LEADER, quarter, today),
                    new Combination("leader, last 12 months", DemoData.LEADER, today.minusYears(1).plusDays(1), today),
                    new Combination("leader, previous calendar year", DemoData.LEADER,
                            LocalDate.of(today.getYear() - 1, 1, 1), LocalDate.of(today.getYear() - 1, 12, 31)),
                    new Combination("unit leader, 3 months", DemoData.WATER_LEADER, quarter, today));
            Map<String, List<Long>> samples = new LinkedHashMap<>();
            for (Combination combination : combinations) {
                HttpClient session = signIn(server.base(), combination.who());
                String deepCursor = deepCursor(db, combination);
                for (int i = 0; i < warmups + loads; i++) {
                    Map<String, Long> page = pageLoad(session, server.base(), combination);
                    page.putAll(drillDown(session, server.base(), combination, deepCursor));
                    if (i >= warmups) {
                        page.forEach((request, nanos) -> samples.computeIfAbsent(combination.name() + " | " + request,
                                k -> new ArrayList<>()).add(nanos));
                    }
                }
                System.out.printf("[bench] %s done%n", combination.name());
            }
            report(samples, loads, cases);
            explain(db, today);
        } finally {
            BenchServer s = serverRef.getAndSet(null);
            if (s != null) {
                s.close();
            }
        }
    }

    /**
     * A client signed in as the page is, through the login form: its requests carry the session cookie, not HTTP
     * Basic credentials, which the server would check with bcrypt at every request (by design slow, and not what a
     * page load costs).
     */
    private static HttpClient signIn(URI base, Api.Credentials who) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL)).build();
        http.send(HttpRequest.newBuilder(base.resolve("staff/")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + java.net.URLEncoder.encode(who.username(), java.nio.charset.StandardCharsets.UTF_8)
                + "&j_password=" + java.net.URLEncoder.encode(who.password(), java.nio.charset.StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(base.resolve("j_security_check")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        var me = http.send(HttpRequest.newBuilder(base.resolve("api/me")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (me.statusCode() != 200) {
            throw new IllegalStateException("signing in as " + who.username() + " failed: GET /api/me answered " + me.statusCode());
        }
        return http;
    }

    /** One page load: the dashboard's requests sent at once; the latency of each, from send to complete body. */
    private static Map<String, Long> pageLoad(HttpClient http, URI base, Combination c) throws Exception {
        String period = "from=" + c.from() + "&to=" + c.to();
        Map<String, String> requests = new LinkedHashMap<>();
        for (String g : List.of("unit", "category", "channel", "week")) {
            requests.put("statistics " + g, "api/statistics?" + period + "&groupBy=" + g);
        }
        requests.put("hotline", "api/statistics/hotline?" + period);
        Map<String, CompletableFuture<Long>> running = new LinkedHashMap<>();
        for (var r : requests.entrySet()) {
            var request = HttpRequest.newBuilder(base.resolve(r.getValue()))
                    .header("Accept", "application/json").timeout(Duration.ofMinutes(5)).build();
            long start = System.nanoTime();
            running.put(r.getKey(), http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
                long took = System.nanoTime() - start;
                boolean hotlineForbidden = r.getKey().equals("hotline") && response.statusCode() == 403;
                if (response.statusCode() != 200 && !hotlineForbidden) {
                    throw new IllegalStateException(r.getValue() + " answered " + response.statusCode() + ": " + response.body());
                }
                return took;
            }));
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (var e : running.entrySet()) {
            out.put(e.getKey(), e.getValue().get());
        }
        return out;
    }

    /**
     * The drill-down from the page's tables, one request after the other as a user clicks: the first page of the
     * cases behind the largest unit, category and channel rows, and for the unit a deep page, reached as the list
     * pages (with the cursor of the page before it; the benchmark takes it from the database).
     */
    private static Map<String, Long> drillDown(HttpClient http, URI base, Combination c, String deepCursor) throws Exception {
        String period = "&from=" + c.from() + "&to=" + c.to() + "&size=20";
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("cases of unit, page 1", "api/cases?page=0&leadUnit=" + DRILL_UNIT + period);
        requests.put("cases of unit, page " + (DEEP / 20 + 1), "api/cases?page=" + DEEP / 20 + "&leadUnit=" + DRILL_UNIT + period
                + "&after=" + java.net.URLEncoder.encode(deepCursor, java.nio.charset.StandardCharsets.UTF_8));
        requests.put("cases of category, page 1", "api/cases?page=0&category=" + DRILL_CATEGORY + period);
        requests.put("cases of channel, page 1", "api/cases?page=0&channel=" + DRILL_CHANNEL + period);
        Map<String, Long> out = new LinkedHashMap<>();
        for (var r : requests.entrySet()) {
            var request = HttpRequest.newBuilder(base.resolve(r.getValue())).header("Accept", "application/json")
                    .timeout(Duration.ofMinutes(5)).build();
            long start = System.nanoTime();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200 || !response.body().contains("\"items\":[{")) {
                throw new IllegalStateException(r.getValue() + " answered " + response.statusCode() + ": " + response.body());
            }
            out.put(r.getKey(), took);
        }
        return out;
    }

    /** The cursor after the first {@link #DEEP} cases of the unit's drill-down list (newest first). */
    private static String deepCursor(BenchPostgres db, Combination c) throws Exception {
        try (Connection conn = db.connect(); var ps = conn.prepareStatement("SELECT received_at, id FROM pakn_case"
                + " WHERE lead_unit_id = (SELECT id FROM unit WHERE code = ?) AND received_at >= ? AND received_at < ?"
                + " ORDER BY received_at DESC, id DESC OFFSET ? LIMIT 1")) {
            ps.setString(1, DRILL_UNIT);
            ps.setObject(2, c.from().atStartOfDay(VIETNAM).toOffsetDateTime());
            ps.setObject(3, c.to().plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime());
            ps.setInt(4, DEEP - 1);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("fewer than " + DEEP + " cases of " + DRILL_UNIT + " in " + c.name());
                }
                return rs.getObject(1, java.time.OffsetDateTime.class).toInstant() + "_" + rs.getLong(2);
            }
        }
    }

    private static void report(Map<String, List<Long>> samples, int loads, long cases) {
        System.out.printf("%n[bench] dashboard requests, %,d cases, %d page loads per combination (requests of a load sent"
                + " at once), latency in ms%n", cases, loads);
        System.out.printf("[bench] %-58s %8s %8s %8s %8s%n", "combination | request", "p50", "p95", "p99", "max");
        double worst = 0;
        for (var e : samples.entrySet()) {
            long[] sorted = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            double p95 = ms(sorted, 0.95);
            worst = Math.max(worst, p95);
            System.out.printf("[bench] %-58s %8.1f %8.1f %8.1f %8.1f%n", e.getKey(), ms(sorted, 0.50), p95, ms(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
        }
        System.out.printf("[bench] worst p95: %.1f ms (target of issue 6: ≤ 200 ms)%n", worst);
    }

    /** Nudges the server to rebuild its per-day statistics if they are not built, and waits until they are. */
    private static void awaitDailyStatistics(HttpClient http, URI base, BenchPostgres db) throws Exception {
        long start = System.nanoTime();
        boolean nudged = false;
        while (count(db, "SELECT COUNT(*) FROM case_stat_state WHERE built_until IS NULL") > 0) {
            if (!nudged) {
                // a statistics request on a table not built starts the rebuild (and is answered from the cases)
                var today = LocalDate.now(VIETNAM);
                http.sendAsync(HttpRequest.newBuilder(base.resolve("api/statistics?from=" + today + "&to=" + today))
                        .header("Authorization", DemoData.LEADER.basic()).build(), HttpResponse.BodyHandlers.discarding());
                nudged = true;
            }
            Thread.sleep(2000);
        }
        System.out.printf("[bench] per-day statistics built (%,d rows); waited %.0f s%n",
                count(db, "SELECT COUNT(*) FROM case_stat_day"), (System.nanoTime() - start) / 1e9);
    }

    /**
     * EXPLAIN ANALYZE of the statements behind one statistics request over the last 12 months: the sum over the
     * per-day table, the live "overdue now" query, and, for comparison, the heaviest statement of the per-case path.
     */
    private static void explain(BenchPostgres db, LocalDate today) throws Exception {
        String from = "'" + today.minusYears(1).plusDays(1) + "'";
        String to = "'" + today + "'";
        String start = "TIMESTAMP WITH TIME ZONE '" + today.minusYears(1).plusDays(1) + " 00:00:00+07'";
        String end = "TIMESTAMP WITH TIME ZONE '" + today.plusDays(1) + " 00:00:00+07'";
        Map<String, String> statements = new LinkedHashMap<>();
        LocalDate firstMonth = today.minusYears(1).plusDays(1).withDayOfMonth(1).plusMonths(1);
        String sums = "SUM(received), SUM(reports), SUM(answered), SUM(answered_on_time), SUM(returned), SUM(reopened),"
                + " SUM(answer_days), SUM(rating_sum), SUM(ratings)";
        statements.put("monthly roll-up, the whole months, by unit", "SELECT unit_id, " + sums + " FROM case_stat_month"
                + " WHERE stat_month >= '" + firstMonth + "' AND stat_month <= '" + today.withDayOfMonth(1).minusMonths(1)
                + "' GROUP BY unit_id");
        statements.put("daily rows, the days of this month, by unit", "SELECT unit_id, " + sums + " FROM case_stat_day"
                + " WHERE stat_day >= '" + today.withDayOfMonth(1) + "' AND stat_day <= " + to + " GROUP BY unit_id");
        LocalDate firstWeek = today.minusYears(1).plusDays(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        LocalDate lastWeek = today.plusDays(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(1);
        statements.put("weekly roll-up, 12 months by week (whole weeks)", "SELECT stat_week, " + sums
                + " FROM case_stat_week WHERE stat_week >= '" + firstWeek + "' AND stat_week <= '" + lastWeek + "' GROUP BY stat_week");
        statements.put("before: daily rows, 12 months by week", "SELECT stat_day, " + sums
                + " FROM case_stat_day WHERE stat_day >= " + from + " AND stat_day <= " + to + " GROUP BY stat_day");
        statements.put("overdue now, step 1: open lead assignments past due", "SELECT a.id, a.case_id, a.unit_id, a.assigned_at"
                + " FROM assignment a WHERE a.role = 'LEAD' AND a.state IN ('ASSIGNED', 'ACCEPTED') AND a.due_at < now()");
        statements.put("overdue now, step 2: their open pauses (500 at a time)", "SELECT p.assignment_id FROM pause_period p"
                + " WHERE p.ended_at IS NULL AND p.assignment_id IN (SELECT a.id FROM assignment a WHERE a.role = 'LEAD'"
                + " AND a.state IN ('ASSIGNED', 'ACCEPTED') AND a.due_at < now() LIMIT 500)");
        statements.put("overdue now, step 2: their cases' lead assignments (500 at a time)", "SELECT b.case_id, b.id, b.assigned_at"
                + " FROM assignment b WHERE b.role = 'LEAD' AND b.case_id IN (SELECT a.case_id FROM assignment a WHERE a.role = 'LEAD'"
                + " AND a.state IN ('ASSIGNED', 'ACCEPTED') AND a.due_at < now() LIMIT 500)");
        statements.put("before: overdue now in one statement", "SELECT a.case_id, a.unit_id FROM assignment a WHERE a.role = 'LEAD'"
                + " AND a.state IN ('ASSIGNED', 'ACCEPTED') AND a.due_at < now()"
                + " AND NOT EXISTS (SELECT 1 FROM pause_period p WHERE p.assignment_id = a.id AND p.ended_at IS NULL)"
                + " AND NOT EXISTS (SELECT 1 FROM assignment b WHERE b.case_id = a.case_id AND b.role = 'LEAD'"
                + " AND (b.assigned_at > a.assigned_at OR (b.assigned_at = a.assigned_at AND b.id > a.id)))");
        String unitCases = " FROM pakn_case c WHERE c.lead_unit_id = (SELECT u.id FROM unit u WHERE u.code = '" + DRILL_UNIT + "')"
                + " AND c.received_at >= " + start + " AND c.received_at < " + end;
        statements.put("drill-down, unit: count up to 10,001", "SELECT c.id" + unitCases + " LIMIT 10001");
        statements.put("drill-down, unit: a page after a cursor", "SELECT c.*" + unitCases
                + " AND c.received_at <= " + end + " AND (c.received_at < " + end + " OR c.id < 0)"
                + " ORDER BY c.received_at DESC, c.id DESC LIMIT 21");
        statements.put("drill-down, category: count up to 10,001", "SELECT c.id FROM pakn_case c WHERE c.category_id ="
                + " (SELECT k.id FROM category k WHERE k.code = '" + DRILL_CATEGORY + "') AND c.received_at >= " + start
                + " AND c.received_at < " + end + " LIMIT 10001");
        // the unit leader's drill-downs by category and channel keep the cases with a live assignment of their subtree
        String scope;
        try (Connection c = db.connect(); var rs = c.createStatement().executeQuery("SELECT string_agg(id::text, ',')"
                + " FROM unit WHERE path LIKE (SELECT path FROM unit WHERE code = '" + DRILL_UNIT + "') || '%'")) {
            rs.next();
            scope = " AND EXISTS (SELECT 1 FROM assignment a WHERE a.case_id = c.id AND a.state <> 'CANCELLED'"
                    + " AND a.unit_id IN (" + rs.getString(1) + "))";
        }
        statements.put("unit leader's drill-down, category: count up to 10,001 within the scope", "SELECT c.id FROM pakn_case c"
                + " WHERE c.category_id = (SELECT k.id FROM category k WHERE k.code = '" + DRILL_CATEGORY + "')"
                + " AND c.received_at >= " + start + " AND c.received_at < " + end + scope + " LIMIT 10001");
        statements.put("unit leader's drill-down, channel: count up to 10,001 within the scope", "SELECT c.id FROM pakn_case c"
                + " WHERE c.channel = '" + DRILL_CHANNEL + "' AND c.received_at >= " + start + " AND c.received_at < " + end
                + scope + " LIMIT 10001");
        statements.put("unit leader's drill-down, channel: page 1 within the scope", "SELECT c.* FROM pakn_case c"
                + " WHERE c.channel = '" + DRILL_CHANNEL + "' AND c.received_at >= " + start + " AND c.received_at < " + end
                + scope + " ORDER BY c.received_at DESC, c.id DESC LIMIT 21");
        statements.put("before: drill-down, any assignment of the unit: exact count", "SELECT COUNT(*) FROM pakn_case c WHERE EXISTS"
                + " (SELECT 1 FROM assignment a JOIN unit u ON u.id = a.unit_id WHERE a.case_id = c.id AND a.state <> 'CANCELLED'"
                + " AND u.code = '" + DRILL_UNIT + "') AND c.received_at >= " + start + " AND c.received_at < " + end);
        statements.put("per-case path: lead assignments (1 of 4 statements)", "SELECT c.id, a.id, a.unit_id, a.state, a.assigned_at,"
                + " a.due_at, a.answered_at FROM assignment a JOIN pakn_case c ON c.id = a.case_id WHERE a.role = 'LEAD'"
                + " AND c.received_at >= " + start + " AND c.received_at < " + end + " AND c.state <> 'MERGED'"
                + " ORDER BY a.assigned_at, a.id");
        try (Connection c = db.connect()) {
            for (var e : statements.entrySet()) {
                System.out.printf("%n[bench] EXPLAIN ANALYZE, %s:%n", e.getKey());
                try (var rs = c.createStatement().executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + e.getValue())) {
                    while (rs.next()) {
                        System.out.println("    " + rs.getString(1));
                    }
                }
            }
        }
    }

    private static double ms(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static long count(BenchPostgres db, String sql) throws Exception {
        try (Connection c = db.connect(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
