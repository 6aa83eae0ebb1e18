package vn.pakn.bench;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.EventStream;
import vn.pakn.telephony.emulator.AmiEmulator;
import vn.pakn.telephony.emulator.EmulatorConfig;
import vn.pakn.telephony.emulator.ScenarioClock;
import vn.pakn.telephony.emulator.SimCall;

/**
 * Screen-pop latency benchmark (issue 4, requirement 5): the time from the AgentConnect event leaving the AMI socket
 * to the screen pop arriving on the answering operator's SSE stream, with {@code bench.calls} calls running at once.
 * The server (target/server, real WildFly on PostgreSQL with the demo data) connects to the telephony library's AMI
 * emulator in this JVM exactly as to Asterisk. One operator per concurrent call, each with an open call desk
 * (SSE); each operator's line loops: a call arrives, waits in the queue, rings the operator, is answered (timed),
 * talks 3–10 s and hangs up, so {@code bench.calls} calls are in progress all the time. Callers are the demo
 * reporters, so every pop runs the real history and nearby-case queries. Not a test: it never fails on timing.
 *
 * <p>System properties: {@code bench.calls} (200), {@code bench.seconds} (60), {@code bench.warmup} (15),
 * {@code bench.port.offset} (400), {@code bench.server.heap} (1g), {@code bench.ready.seconds} (900),
 * {@code bench.work.dir} (target).
 */
public final class ScreenPopBenchmark {

    private static final String PASSWORD = "bench-operator-secret";
    /** With -Dbench.trace: linkedid, answer and arrival (System.nanoTime, the same monotonic clock as the server's
     * PAKN0821 debug lines on Linux) of every pop, written to target/screen-pop-trace.txt to split the latency. */
    private static final ConcurrentLinkedQueue<String> TRACE = Boolean.getBoolean("bench.trace")
            ? new ConcurrentLinkedQueue<>() : null;

    private ScreenPopBenchmark() {
    }

    /** One measured pop. */
    private record Sample(long nanos, boolean measured) {
    }

    public static void main(String[] args) throws Exception {
        int calls = Integer.getInteger("bench.calls", 200);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int warmup = Integer.getInteger("bench.warmup", 15);
        int portOffset = Integer.getInteger("bench.port.offset", 400);
        String heap = System.getProperty("bench.server.heap", "1g");
        Path work = Path.of(System.getProperty("bench.work.dir", "target")).toAbsolutePath();
        Path provisioned = Path.of(System.getProperty("bench.server.dir", work.resolve("server").toString()));

        var serverRef = new AtomicReference<BenchServer>();
        BenchPostgres db = BenchPostgres.start("on", 200);
        try (db; AmiEmulator emulator = AmiEmulator.start(EmulatorConfig.defaults().withPort(0))) {
            System.out.printf("[bench] %s, %d CPUs, %d concurrent calls, %d s warm-up + %d s measured; AMI emulator on %d%n",
                    Instant.now(), Runtime.getRuntime().availableProcessors(), calls, warmup, seconds, emulator.port());
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            BenchServer server = BenchServer.start(provisioned, work.resolve("bench-server"), db, portOffset, heap,
                    Map.of("PAKN_HOTLINE", "asterisk", "PAKN_AMI_HOST", "127.0.0.1",
                            "PAKN_AMI_PORT", String.valueOf(emulator.port()), "PAKN_AMI_USERNAME",
                            EmulatorConfig.DEFAULT_USERNAME, "PAKN_AMI_SECRET", EmulatorConfig.DEFAULT_SECRET,
                            "PAKN_AGI_PORT", "-1", "PAKN_LOG_LEVEL", System.getProperty("bench.log.level", "INFO")));
            serverRef.set(server);
            server.awaitReady(http, Duration.ofSeconds(Integer.getInteger("bench.ready.seconds", 900)));
            List<String> callers = demoCallers(db);
            createOperators(db, calls);
            var base = server.base().toURL();
            awaitConnected(http, server.base(), operator(0));
            System.out.printf("[bench] server ready, AMI connected, %d operators, %d demo callers%n", calls, callers.size());

            List<EventStream> streams = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                var stream = EventStream.open(base, "api/calldesk/events", operator(i));
                if (stream.next("ready", Duration.ofSeconds(60)) == null) {
                    throw new IllegalStateException("call desk of operator " + i + " did not open: HTTP " + stream.status());
                }
                streams.add(stream);
            }
            var samples = new ConcurrentLinkedQueue<Sample>();
            var missing = new AtomicInteger();
            var wrong = new AtomicInteger();
            long start = System.nanoTime();
            long measureFrom = start + Duration.ofSeconds(warmup).toNanos();
            long end = measureFrom + Duration.ofSeconds(seconds).toNanos();
            List<Thread> lines = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                Thread t = new Thread(() -> line(emulator, streams.get(index), extension(index), callers, end,
                        measureFrom, samples, missing, wrong), "line-" + i);
                t.setDaemon(true);
                t.start();
                lines.add(t);
            }
            for (Thread t : lines) {
                t.join();
            }
            streams.forEach(EventStream::close);
            String status = get(http, server.base().resolve("api/calldesk/status"), operator(0));
            report(samples, missing.get(), wrong.get(), calls, seconds, status, rows(db));
            if (TRACE != null) {
                java.nio.file.Files.write(work.resolve("screen-pop-trace.txt"), TRACE);
            }
        } finally {
            BenchServer s = serverRef.getAndSet(null);
            if (s != null) {
                s.close();
            }
        }
    }

    /** One operator's line: calls one after the other until the end, the answer of each timed to its pop. */
    private static void line(AmiEmulator emulator, EventStream stream, String extension, List<String> callers, long end,
            long measureFrom, ConcurrentLinkedQueue<Sample> samples, AtomicInteger missing, AtomicInteger wrong) {
        var random = ThreadLocalRandom.current();
        var mine = new java.util.HashSet<String>();
        try {
            // spread the first answers over two seconds
            Thread.sleep(random.nextInt(2_000));
            while (System.nanoTime() < end) {
                String caller = callers.get(random.nextInt(callers.size()));
                var call = new SimCall(emulator.pbx(), ScenarioClock.virtual(Instant.now()), caller).arrive()
                        .joinQueue("hotline");
                Thread.sleep(200 + random.nextInt(1_800));
                mine.add(call.linkedId());
                call.ringAgent(extension);
                Thread.sleep(300);
                long answered = System.nanoTime();
                call.agentAnswers();
                EventStream.Event pop;
                do {
                    pop = stream.next("screen-pop", Duration.ofSeconds(5));
                    if (pop != null && !mine.contains(pop.id())) {
                        wrong.incrementAndGet(); // another operator's call: must never happen
                    }
                } while (pop != null && !call.linkedId().equals(pop.id()));
                if (pop == null) {
                    missing.incrementAndGet();
                } else {
                    samples.add(new Sample(pop.receivedNanos() - answered, answered >= measureFrom));
                    if (TRACE != null) {
                        TRACE.add(call.linkedId() + " " + answered + " " + pop.receivedNanos());
                    }
                }
                Thread.sleep(3_000 + random.nextInt(7_000));
                call.pause(Duration.ofSeconds(30)).callerHangsUp();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void report(ConcurrentLinkedQueue<Sample> all, int missing, int wrong, int calls, int seconds,
            String status, long rows) {
        long[] nanos = all.stream().filter(Sample::measured).mapToLong(Sample::nanos).sorted().toArray();
        System.out.printf("%n[bench] screen pop latency, AgentConnect on the AMI socket → event on the operator's SSE"
                + " stream, %d concurrent calls, %d s measured%n", calls, seconds);
        if (nanos.length == 0) {
            System.out.println("[bench] no samples");
            return;
        }
        System.out.printf("[bench] pops measured: %d (%.1f/s), missing (none within 5 s): %d, pops of other operators' calls: %d%n",
                nanos.length, nanos.length / (double) seconds, missing, wrong);
        System.out.printf("[bench] p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(nanos, 0.50),
                ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        System.out.printf("[bench] listener status %s; hotline_call rows %d%n", status, rows);
    }

    private static double ms(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static String extension(int i) {
        return String.valueOf(80_000 + i);
    }

    private static Api.Credentials operator(int i) {
        return new Api.Credentials("bench.op" + i, PASSWORD);
    }

    /** Demo reporters' numbers in national form, as a caller id arrives from a Vietnamese trunk. */
    private static List<String> demoCallers(BenchPostgres db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); var rs = c.createStatement().executeQuery(
                "SELECT DISTINCT reporter_phone FROM report WHERE reporter_phone LIKE '+84%' LIMIT 2000")) {
            while (rs.next()) {
                out.add("0" + rs.getString(1).substring(3));
            }
        }
        if (out.isEmpty()) {
            out.add("0912345678");
        }
        return out;
    }

    private static void createOperators(BenchPostgres db, int n) throws Exception {
        String hash = BCrypt.withDefaults().hashToString(4, PASSWORD.toCharArray());
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (var user = c.prepareStatement("INSERT INTO app_user (id, username, password_hash, full_name, extension, "
                    + "active) VALUES (nextval('app_user_seq'), ?, ?, 'Benchmark operator', ?, TRUE)");
                    var role = c.prepareStatement("INSERT INTO app_user_role (user_id, role_name) "
                            + "SELECT id, 'OPERATOR' FROM app_user WHERE username = ?")) {
                for (int i = 0; i < n; i++) {
                    user.setString(1, operator(i).username());
                    user.setString(2, hash);
                    user.setString(3, extension(i));
                    user.executeUpdate();
                    role.setString(1, operator(i).username());
                    role.executeUpdate();
                }
            }
            c.commit();
        }
    }

    private static long rows(BenchPostgres db) throws Exception {
        try (Connection c = db.connect(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM hotline_call")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void awaitConnected(HttpClient http, URI base, Api.Credentials who) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            if (get(http, base.resolve("api/calldesk/status"), who).contains("\"CONNECTED\"")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server's AMI listener did not connect to the emulator");
    }

    private static String get(HttpClient http, URI uri, Api.Credentials who) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", who.basic()).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }
}
