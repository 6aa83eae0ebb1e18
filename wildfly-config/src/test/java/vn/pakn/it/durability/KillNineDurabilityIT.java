package vn.pakn.it.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged report survives kill -9 of the server right after the response: the runnable server
 * (target/server, embedded H2 default) is started as a real process, takes reports, is killed with SIGKILL
 * the moment the last 201 arrives, is started again, and every tracking code it gave out is still there.
 */
class KillNineDurabilityIT {

    /** Beside the Arquillian server's offset (not a fixed number), so runs given other offsets never collide. */
    private static final int PORT_OFFSET = Integer.getInteger("pakn.it.durability.port.offset",
            Integer.getInteger("pakn.it.port.offset", 100) + 70);
    private static final String BASE = "http://127.0.0.1:" + (8080 + PORT_OFFSET);
    private static final Pattern CODE = Pattern.compile("\"trackingCode\"\\s*:\\s*\"(\\d{10})\"");
    private static final int REPORTS = 20;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process server;

    @Test
    void acknowledgedReportsSurviveKillNineOfTheServer() throws Exception {
        Path home = freshServerCopy();
        server = start(home);
        awaitReady();

        List<String> codes = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            var response = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/public/reports"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"description\":\"Đèn đường hỏng trước số " + i
                            + " ngõ 5 phố Hàng Bông, tối om\",\"reporter\":{\"phone\":\"0912345" + String.format("%03d", i) + "\"}}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(201);
            var m = CODE.matcher(response.body());
            assertThat(m.find()).as(response.body()).isTrue();
            codes.add(m.group(1));
        }
        killNine(server);

        server = start(home);
        awaitReady();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            var lookup = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/public/reports/" + code)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(lookup.statusCode()).as("report %s after kill -9", code).isEqualTo(200);
            assertThat(lookup.body()).contains("\"state\":\"RECEIVED\"");
            // The journal row that survived became a case with the report's own text (the verified view needs the case).
            var verified = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/public/reports/" + code + "?secret="
                    + String.format("5%03d", i))).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(verified.body()).as("case of %s after kill -9", code).contains("\"verified\":true")
                    .contains("ngõ 5 phố Hàng Bông");
        }
        // A fresh installation without demo data gets the shipped holidays (Tết 2026 and 2027) once, not at every start.
        String console = Files.readString(home.resolve("console.log"));
        assertThat(console).containsPattern("PAKN0711: working calendar: holidays and make-up days of \\{2026=\\d+, 2027=\\d+}");
        assertThat(console.split("PAKN0711", -1)).as("seeded once across the restart").hasSize(2);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            killNine(server);
        }
    }

    private static Path freshServerCopy() throws IOException {
        Path source = Path.of("target", "server");
        Path target = Path.of("target", "durability-server");
        if (Files.exists(target)) {
            try (Stream<Path> walk = Files.walk(target)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> walk = Files.walk(source)) {
            walk.forEach(p -> {
                Path dest = target.resolve(source.relativize(p).toString());
                try {
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else if (!p.toString().contains("standalone/data") && !p.toString().contains("standalone/log")
                            && !p.toString().contains("standalone/tmp")) {
                        Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target.toAbsolutePath();
    }

    /** The embedded default: no PAKN_DB_* variables, so the server uses its H2 file database. */
    private static Process start(Path home) throws IOException {
        var pb = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        pb.environment().keySet().removeIf(k -> k.startsWith("PAKN_"));
        pb.environment().put("PAKN_DEMO_DATA", "false");
        // The simulated hotline's IVR would take the fixed FastAGI port that a parallel run may hold; not under test here.
        pb.environment().put("PAKN_HOTLINE", "off");
        pb.environment().put("JAVA_OPTS", "-Xms64m -Xmx768m -Djava.net.preferIPv4Stack=true");
        return pb.start();
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/public/categories")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            assertThat(server.isAlive()).as("server process alive while starting").isTrue();
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not become ready within 5 minutes");
    }

    /** SIGKILL to the JVM itself (standalone.sh runs it as a child), then to the script. */
    private static void killNine(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor();
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
