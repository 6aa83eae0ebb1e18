package vn.pakn.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * Intake throughput benchmark (issue 2, "Benchmark"): reports per second and p50/p99 latency of
 * {@code POST /api/public/reports} on the server running on PostgreSQL, N concurrent clients in a closed
 * loop; then, against the same PostgreSQL with the server stopped, the rate of bare one-row INSERT + COMMIT
 * transactions from the same number of JDBC clients; and the ratio of the two. Not a test: it never fails
 * on timing. See wildfly-config/BENCHMARK.md.
 *
 * <p>System properties: {@code bench.seconds} (60), {@code bench.warmup} (10), {@code bench.clients} (16),
 * {@code bench.port.offset} (400), {@code bench.synchronous.commit} (on), {@code bench.server.heap} (1g),
 * {@code bench.ready.seconds} (900), {@code bench.server.dir} (target/server), {@code bench.work.dir} (target),
 * {@code bench.drain.seconds} (1800: how long to wait after the load for the journal's backlog to become cases).
 *
 * <p>The intake is acknowledged when its journal row commits; the cases are opened from the journal in the
 * background ({@link Materialisation}), so the run also prints how fast they follow and how long the backlog took.
 */
public final class IntakeBenchmark {

    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

    /** A column set as wide as a report with its reporter: the bare half writes rows like these. */
    private static final String BARE_TABLE = """
            CREATE TABLE bench_insert (
              id bigserial PRIMARY KEY,
              received_at timestamptz NOT NULL DEFAULT now(),
              title varchar(300),
              description text NOT NULL,
              category_code varchar(40),
              area_code varchar(40),
              address varchar(500),
              reporter_name varchar(200),
              reporter_phone varchar(30),
              reporter_email varchar(320))""";

    private static final String BARE_INSERT = "INSERT INTO bench_insert (title, description, category_code, area_code,"
            + " address, reporter_name, reporter_phone, reporter_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 60);
        int warmup = Integer.getInteger("bench.warmup", 10);
        int clients = Integer.getInteger("bench.clients", 16);
        int portOffset = Integer.getInteger("bench.port.offset", 400);
        String syncCommit = System.getProperty("bench.synchronous.commit", "on");
        String heap = System.getProperty("bench.server.heap", "1g");
        Path work = Path.of(System.getProperty("bench.work.dir", "target")).toAbsolutePath();
        Path provisioned = Path.of(System.getProperty("bench.server.dir", work.resolve("server").toString()));

        var postgresRef = new AtomicReference<BenchPostgres>();
        var serverRef = new AtomicReference<BenchServer>();
        Thread cleanup = new Thread(() -> stopAll(serverRef, postgresRef), "bench-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            System.out.printf("[bench] %s, %d CPUs, %d clients, %d s warm-up + %d s measured per half%n",
                    Instant.now(), Runtime.getRuntime().availableProcessors(), clients, warmup, seconds);
            BenchPostgres db = BenchPostgres.start(syncCommit, Math.max(100, clients * 4));
            postgresRef.set(db);
            String pgVersion = db.version();
            System.out.printf("[bench] PostgreSQL %s on port %d, synchronous_commit=%s%n", pgVersion, db.port(), syncCommit);

            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            BenchServer server = BenchServer.start(provisioned, work.resolve("bench-server"), db, portOffset, heap);
            serverRef.set(server);
            long bootStart = System.nanoTime();
            List<String> categories = codes(server.awaitReady(http, Duration.ofSeconds(Integer.getInteger("bench.ready.seconds", 900))));
            List<String> areas = codes(http.send(HttpRequest.newBuilder(server.base().resolve("api/public/areas")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            System.out.printf("[bench] server ready after %.0f s: %d categories, %d areas%n",
                    (System.nanoTime() - bootStart) / 1e9, categories.size(), areas.size());

            var intakeUri = server.base().resolve("api/public/reports");
            Optional<ProcessHandle> serverJvm = server.jvm();
            // The first requests of a fresh JVM initialise JAX-RS, validation, JSON-B and Hibernate's queries and
            // can take many seconds on a loaded machine: prime sequentially before the timed warm-up starts.
            var primer = new ReportBodies(1, categories, areas);
            long primeStart = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                submit(http, intakeUri, primer.next());
            }
            System.out.printf("[bench] primed with 20 sequential reports in %.1f s%n", (System.nanoTime() - primeStart) / 1e9);
            List<Materialisation.Count> window = new java.util.ArrayList<>();
            ClosedLoop.Result intake = ClosedLoop.run("intake", clients, warmup, seconds, index -> {
                var bodies = new ReportBodies(1000 + index, categories, areas);
                return () -> () -> submit(http, intakeUri, bodies.next());
            }, () -> {
                window.add(Materialisation.count(db, serverJvm));
                return Usage.probe(serverJvm, db);
            });
            // The load has stopped: how long until every acknowledged report is a case.
            var drain = Materialisation.drain(db, serverJvm, Duration.ofSeconds(Integer.getInteger("bench.drain.seconds", 1800)));
            String materialisation = Materialisation.describe(window.get(0), window.get(1), intake.seconds(), drain);

            serverRef.set(null);
            server.close();

            try (Connection c = db.connect()) {
                c.createStatement().execute(BARE_TABLE);
            }
            ClosedLoop.Result bare = ClosedLoop.run("bare-insert", clients, warmup, seconds, index -> {
                var bodies = new ReportBodies(2000 + index, categories, areas);
                Connection c = db.connect();
                c.setAutoCommit(false);
                PreparedStatement insert = c.prepareStatement(BARE_INSERT);
                return new ClosedLoop.Client() {
                    @Override
                    public ClosedLoop.Operation operation() {
                        return () -> {
                            var r = bodies.next();
                            insert.setString(1, r.title());
                            insert.setString(2, r.description());
                            insert.setString(3, r.categoryCode());
                            insert.setString(4, r.areaCode());
                            insert.setString(5, r.address());
                            insert.setString(6, r.reporterName());
                            insert.setString(7, r.reporterPhone());
                            insert.setString(8, r.reporterEmail());
                            insert.executeUpdate();
                            c.commit();
                        };
                    }

                    @Override
                    public void close() throws Exception {
                        c.close();
                    }
                };
            }, () -> Usage.probe(Optional.empty(), db));

            report(intake, bare, pgVersion, syncCommit, warmup);
            System.out.println(materialisation);
            System.out.println("BENCH_MATERIALISATION " + String.format(Locale.ROOT,
                    "{\"duringLoadPerSecond\":%.1f,\"pendingAtStop\":%d,\"drainSeconds\":%.1f,\"drainPerSecond\":%.1f,"
                            + "\"serverMsPerCase\":%.2f,\"failed\":%d,\"drained\":%b}",
                    (window.get(1).reports() - window.get(0).reports()) / intake.seconds(), drain.atStop().pending(),
                    drain.seconds(), drain.casesPerSecond(), drain.serverMillisPerCase(), drain.atEnd().failed(), drain.complete()));
        } finally {
            stopAll(serverRef, postgresRef);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
    }

    /** One portal submission, with a fresh idempotency key as the portal sends it; throws unless 201. */
    private static void submit(HttpClient http, URI intakeUri, ReportBodies.Report report) throws Exception {
        var request = HttpRequest.newBuilder(intakeUri)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(report.toJson()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 || !response.body().contains("\"trackingCode\"")) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
    }

    private static List<String> codes(String json) {
        return CODE.matcher(json).results().map(m -> m.group(1)).toList();
    }

    private static void stopAll(AtomicReference<BenchServer> server, AtomicReference<BenchPostgres> postgres) {
        BenchServer s = server.getAndSet(null);
        if (s != null) {
            s.close();
        }
        BenchPostgres p = postgres.getAndSet(null);
        if (p != null) {
            try {
                p.close();
                System.out.println("[bench] PostgreSQL stopped");
            } catch (Exception e) {
                System.out.println("[bench] could not stop PostgreSQL: " + e);
            }
        }
    }

    private static void report(ClosedLoop.Result intake, ClosedLoop.Result bare, String pgVersion, String syncCommit,
                               int warmup) {
        double ratio = intake.perSecond() / bare.perSecond();
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%-34s %12s %10s %10s %8s%n", "", "per second", "p50 ms", "p99 ms", "errors"));
        for (var r : List.of(intake, bare)) {
            String label = r == intake ? "intake (POST /api/public/reports)" : "bare PostgreSQL 1-row INSERT tx";
            out.append(String.format(Locale.ROOT, "%-34s %12.1f %10.2f %10.2f %8d%n", label, r.perSecond(), r.millis(50),
                    r.millis(99), r.errors()));
        }
        out.append(String.format(Locale.ROOT, "%-34s %11.1f %%   (target >= 50 %%)%n", "ratio intake / bare", ratio * 100));
        out.append(String.format(Locale.ROOT, "%nPer operation, in the measured window (CPU in cores: %d on this machine;"
                + " 'machine' includes other users' load):%n", intake.usage().machineCores()));
        out.append(String.format(Locale.ROOT, "%-12s %8s %8s %10s %9s | %8s %8s %8s %8s %8s%n", "", "machine", "WildFly",
                "PostgreSQL", "load gen", "WF ms", "PG ms", "commits", "inserts", "updates"));
        for (var r : List.of(intake, bare)) {
            Usage u = r.usage();
            double ops = Math.max(1, r.ok());
            out.append(String.format(Locale.ROOT, "%-12s %8.2f %8.2f %10.2f %9.2f | %8.2f %8.2f %8.2f %8.2f %8.2f%n", r.name(),
                    u.machineBusyCores(), u.serverCores(), u.postgresCores(), u.loadGeneratorCores(),
                    1000 * u.serverCores() / Math.max(1e-9, r.perSecond()), 1000 * u.postgresCores() / Math.max(1e-9, r.perSecond()),
                    u.db()[0] / ops, u.db()[1] / ops, u.db()[2] / ops));
        }
        out.append(String.format(Locale.ROOT, "WAL flushes: intake %.2f commits per flush, bare %.2f commits per flush%n",
                commitsPerFlush(intake), commitsPerFlush(bare)));
        System.out.println(out);
        System.out.println("BENCH_JSON " + String.format(Locale.ROOT,
                "{\"clients\":%d,\"seconds\":%.0f,\"warmupSeconds\":%d,\"cpus\":%d,\"postgres\":\"%s\",\"synchronousCommit\":\"%s\","
                        + "\"intake\":%s,\"bare\":%s,\"ratio\":%.4f}",
                intake.clients(), intake.seconds(), warmup, intake.usage().machineCores(), pgVersion, syncCommit,
                json(intake), json(bare), ratio));
    }

    private static double commitsPerFlush(ClosedLoop.Result r) {
        return (double) r.usage().db()[0] / Math.max(1, r.usage().db()[3]);
    }

    private static String json(ClosedLoop.Result r) {
        Usage u = r.usage();
        return String.format(Locale.ROOT,
                "{\"ops\":%d,\"errors\":%d,\"perSecond\":%.1f,\"p50Ms\":%.2f,\"p99Ms\":%.2f,\"maxMs\":%.2f,"
                        + "\"cpuCores\":{\"machine\":%.2f,\"wildfly\":%.2f,\"postgres\":%.2f,\"loadGenerator\":%.2f},"
                        + "\"db\":{\"commits\":%d,\"inserted\":%d,\"updated\":%d,\"walFlushes\":%d}}",
                r.ok(), r.errors(), r.perSecond(), r.millis(50), r.millis(99), r.latencyMicros().getMaxValue() / 1000.0,
                u.machineBusyCores(), u.serverCores(), u.postgresCores(), u.loadGeneratorCores(),
                u.db()[0], u.db()[1], u.db()[2], u.db()[3]);
    }
}
