package vn.pakn.bench;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * E-mail intake throughput (issue 5, "Figure"): messages per second taken in end to end, from an IMAP mailbox
 * to stored reports. A real IMAP server (GreenMail, in this JVM) holds the citizens' mail; the provisioned
 * server (target/server) runs on a real PostgreSQL with fsync on and reads that mailbox with its mailbox
 * reader (IDLE and polling), storing each raw message, parsing it, opening a report with a tracking code and
 * queuing the acknowledgement, then moving the message to the processed folder. Not a test: it never fails
 * on timing. See wildfly-config/BENCHMARK.md.
 *
 * <p>The clock runs from the moment the first message of the measured batch is put in the mailbox until
 * the database holds a report for every one of them. The batch is put in as fast as the IMAP server takes
 * it, so the figure is the drain rate of a full mailbox (a backlog after a storm, or after the reader was
 * down). System properties: {@code bench.messages} (2000), {@code bench.warmup.messages} (200),
 * {@code bench.port.offset} (400), {@code bench.synchronous.commit} (on), {@code bench.server.heap} (1g),
 * {@code bench.ready.seconds} (900), {@code bench.work.dir} (target).
 */
public final class MailBenchmark {

    private static final String USER = "pakn";
    private static final String PASSWORD = "bench";
    private static final String[] SUBJECTS = {"Đèn đường hỏng", "Ngập nước sau mưa", "Rác thải tồn đọng", "Ổ gà giữa đường",
        "Tiếng ồn công trình ban đêm", "Cây xanh đổ", "Nước sinh hoạt đục", "Lấn chiếm vỉa hè", "Cống thoát nước tắc", "Mất điện kéo dài"};
    private static final String[] STREETS = {"Nguyễn Trãi", "Láng Hạ", "Giải Phóng", "Lê Duẩn", "Hàng Bông", "Phố Huế", "Kim Mã",
        "Trường Chinh", "Điện Biên Phủ", "Lý Thường Kiệt"};

    private MailBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = Integer.getInteger("bench.messages", 2000);
        int warmupMessages = Integer.getInteger("bench.warmup.messages", 200);
        int portOffset = Integer.getInteger("bench.port.offset", 400);
        String syncCommit = System.getProperty("bench.synchronous.commit", "on");
        String heap = System.getProperty("bench.server.heap", "1g");
        Path work = Path.of(System.getProperty("bench.work.dir", "target")).toAbsolutePath();
        Path provisioned = Path.of(System.getProperty("bench.server.dir", work.resolve("server").toString()));

        var postgresRef = new AtomicReference<BenchPostgres>();
        var serverRef = new AtomicReference<BenchServer>();
        var mailRef = new AtomicReference<GreenMail>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            var server = serverRef.getAndSet(null);
            if (server != null) {
                server.close();
            }
            var mail = mailRef.getAndSet(null);
            if (mail != null) {
                mail.stop();
            }
            var db = postgresRef.getAndSet(null);
            if (db != null) {
                try {
                    db.close();
                } catch (Exception e) {
                    System.err.println("[bench] PostgreSQL did not stop cleanly: " + e);
                }
            }
        }, "bench-cleanup"));

        System.out.printf("[bench] %s, %d CPUs, %d messages measured after %d warm-up messages%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), messages, warmupMessages);
        BenchPostgres db = BenchPostgres.start(syncCommit, 100);
        postgresRef.set(db);
        int imapPort = freePort();
        int smtpPort = freePort();
        var mail = new GreenMail(new ServerSetup[] {new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)});
        mail.start();
        mailRef.set(mail);
        GreenMailUser mailbox = mail.setUser("pakn@bench.example.vn", USER, PASSWORD);
        System.out.printf("[bench] PostgreSQL %s on port %d (synchronous_commit=%s); IMAP on %d, SMTP on %d%n", db.version(),
                db.port(), syncCommit, imapPort, smtpPort);

        Map<String, String> env = Map.of("PAKN_IMAP_HOST", "127.0.0.1", "PAKN_IMAP_PORT", String.valueOf(imapPort),
                "PAKN_IMAP_TLS", "false", "PAKN_IMAP_USER", USER, "PAKN_IMAP_PASSWORD", PASSWORD,
                "PAKN_IMAP_POLL_INTERVAL", "PT1S", "PAKN_SMTP_HOST", "127.0.0.1", "PAKN_SMTP_PORT", String.valueOf(smtpPort),
                "PAKN_MAIL_FROM", "pakn@bench.example.vn");
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        BenchServer server = BenchServer.start(provisioned, work.resolve("bench-server"), db, portOffset, heap, env);
        serverRef.set(server);
        long boot = System.nanoTime();
        server.awaitReady(http, Duration.ofSeconds(Integer.getInteger("bench.ready.seconds", 900)));
        System.out.printf("[bench] server ready after %.0f s%n", (System.nanoTime() - boot) / 1e9);

        var session = Session.getInstance(new Properties());
        var random = new Random(5);
        Duration warm = drain(db, mailbox, session, random, "warm", warmupMessages);
        System.out.printf("[bench] warm-up: %d messages in %.1f s%n", warmupMessages, warm.toNanos() / 1e9);
        var usageStart = Usage.probe(server.jvm(), db);
        Duration measured = drain(db, mailbox, session, random, "run", messages);
        var usage = Usage.between(usageStart, Usage.probe(server.jvm(), db));
        double rate = messages / (measured.toNanos() / 1e9);
        long reports;
        try (Connection c = db.connect(); var rs = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM mail_item WHERE message_id LIKE 'bench-run-%' AND status = 'REPORT'")) {
            rs.next();
            reports = rs.getLong(1);
        }
        System.out.println();
        System.out.printf("mail intake: %d messages -> %d reports in %.2f s = %.1f messages/s%n", messages, reports,
                measured.toNanos() / 1e9, rate);
        System.out.printf("cores used: machine %.2f of %d, WildFly %.2f, PostgreSQL %.2f, benchmark JVM (IMAP server) %.2f%n",
                usage.machineBusyCores(), usage.machineCores(), usage.serverCores(), usage.postgresCores(), usage.loadGeneratorCores());
        double seconds = measured.toNanos() / 1e9;
        System.out.printf("CPU per message: WildFly %.1f ms, PostgreSQL %.1f ms%n", usage.serverCores() * seconds * 1000 / messages,
                usage.postgresCores() * seconds * 1000 / messages);
        System.out.printf(java.util.Locale.ROOT, "BENCH_JSON {\"benchmark\":\"mail-intake\",\"messages\":%d,\"reports\":%d,"
                + "\"seconds\":%.3f,\"messagesPerSecond\":%.1f,\"cpus\":%d}%n", messages, reports, measured.toNanos() / 1e9, rate,
                Runtime.getRuntime().availableProcessors());
        System.exit(0);
    }

    /** Puts {@code n} messages in the mailbox and waits until each one is a stored report; the time it took. */
    private static Duration drain(BenchPostgres db, GreenMailUser mailbox, Session session, Random random, String tag, int n)
            throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            mailbox.deliver(new MimeMessage(session, new ByteArrayInputStream(message(tag, i, random))));
        }
        long deadline = start + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = db.connect(); var ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM mail_item WHERE message_id LIKE ? AND status <> 'STORED'")) {
                ps.setString(1, "bench-" + tag + "-%");
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= n) {
                        return Duration.ofNanos(System.nanoTime() - start);
                    }
                }
            } catch (java.sql.SQLException notYet) {
                // the table is created by the server's migration; it may not be there on the first query
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the mailbox was not drained within 30 minutes: see target/bench-server/console.log");
    }

    /** A citizen's mail as mail programs send it: UTF-8 text, base64, an encoded subject, sometimes HTML only. */
    private static byte[] message(String tag, int i, Random random) {
        String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        String street = STREETS[random.nextInt(STREETS.length)];
        String text = subject + " tại số " + (1 + random.nextInt(300)) + " đường " + street
                + ". Tình trạng đã kéo dài nhiều ngày, ảnh hưởng đến sinh hoạt của người dân trong khu vực."
                + " Đề nghị cơ quan chức năng kiểm tra và xử lý sớm.\n\nTrân trọng,\nNgười dân " + i;
        boolean html = random.nextInt(3) == 0;
        String body = html ? "<html><body><p>" + text.replace("\n", "<br>") + "</p></body></html>" : text;
        String encodedSubject = "=?UTF-8?B?" + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=";
        return ("From: =?UTF-8?B?" + Base64.getEncoder().encodeToString(("Người dân " + i).getBytes(StandardCharsets.UTF_8))
                + "?= <dan" + i + "." + tag + "@example.vn>\r\nTo: pakn@bench.example.vn\r\nSubject: " + encodedSubject
                + "\r\nMessage-ID: <bench-" + tag + "-" + i + "@example.vn>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0700\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/" + (html ? "html" : "plain") + "; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static int freePort() throws java.io.IOException {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
