package vn.pakn.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The provisioned WildFly with the app (target/server), copied to target/bench-server without the state of
 * earlier runs (H2 data, logs, deployment markers), started as a child process on the benchmark's
 * PostgreSQL with the demo data (so categories, areas and routing rules exist) and a port offset.
 */
final class BenchServer implements AutoCloseable {

    private final Process process;
    private final URI base;
    private final Path console;

    private BenchServer(Process process, URI base, Path console) {
        this.process = process;
        this.base = base;
        this.console = console;
    }

    static BenchServer start(Path provisioned, Path copy, BenchPostgres db, int portOffset, String heap)
            throws IOException {
        return start(provisioned, copy, db, portOffset, heap, java.util.Map.of());
    }

    /** @param extraEnv more environment of the server (PAKN_* settings of the benchmark) */
    static BenchServer start(Path provisioned, Path copy, BenchPostgres db, int portOffset, String heap,
            java.util.Map<String, String> extraEnv) throws IOException {
        if (!Files.isRegularFile(provisioned.resolve("bin/standalone.sh"))
                || !Files.exists(provisioned.resolve("standalone/deployments/ROOT.war"))) {
            throw new IllegalStateException(provisioned + " is not a provisioned server with ROOT.war: build it first"
                    + " (./mvnw -B -ntp install -DskipTests), or run the one-command form in wildfly-config/BENCHMARK.md");
        }
        deleteTree(copy);
        copyServer(provisioned, copy);
        int httpPort = 8080 + portOffset;
        for (int port : new int[] {httpPort, 9990 + portOffset}) {
            try (var taken = new java.net.Socket("127.0.0.1", port)) {
                throw new IllegalStateException("port " + port + " is in use: choose another -Dbench.port.offset");
            } catch (IOException free) {
                // nobody listens there: good
            }
        }
        Path console = copy.resolve("console.log");
        var pb = new ProcessBuilder(copy.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + portOffset)
                .directory(copy.toFile())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile());
        var env = pb.environment();
        env.put("PAKN_DB_DRIVER", "postgresql");
        env.put("PAKN_DB_URL", db.jdbcUrl());
        env.put("PAKN_DB_USER", "postgres");
        env.put("PAKN_DB_PASSWORD", "postgres");
        env.put("PAKN_DEMO_DATA", "true");
        // standalone.conf puts JBOSS_JAVA_SIZING into JAVA_OPTS: the place for extra server JVM options, such as
        // -XX:StartFlightRecording=… to profile the measured window (bench.server.jvm).
        env.put("JBOSS_JAVA_SIZING", ("-Xms" + heap + " -Xmx" + heap + " " + System.getProperty("bench.server.jvm", "")).strip());
        // standalone.sh then forwards SIGTERM to the server JVM and waits for it.
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.remove("JAVA_OPTS");
        // No simulated hotline unless a benchmark asks for one: its demo calls would be load nobody measures.
        env.put("PAKN_HOTLINE", "off");
        env.putAll(extraEnv);
        System.out.printf("[bench] starting WildFly from %s on http://127.0.0.1:%d (log: %s)%n", copy, httpPort, console);
        return new BenchServer(pb.start(), URI.create("http://127.0.0.1:" + httpPort + "/"), console);
    }

    URI base() {
        return base;
    }

    /** Waits until the public categories answer 200 (deployed, migrated, demo data loaded); returns the body. */
    String awaitReady(HttpClient http, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        var request = HttpRequest.newBuilder(base.resolve("api/public/categories")).timeout(Duration.ofSeconds(10)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly exited with " + process.exitValue() + ": see " + console);
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"code\"")) {
                    return response.body();
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.SECONDS.sleep(1);
        }
        throw new IllegalStateException("WildFly did not answer " + request.uri() + " within " + timeout + ": see " + console);
    }

    /** The server JVM (the child of standalone.sh), for CPU accounting. */
    Optional<ProcessHandle> jvm() {
        return process.toHandle().descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst();
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        var tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        System.out.println("[bench] WildFly stopped");
    }

    private static void copyServer(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                String rel = from.relativize(source).toString().replace('\\', '/');
                if (skipped(rel)) {
                    continue;
                }
                Path target = to.resolve(rel);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** State a developer's or a test's run left behind; the server recreates what it needs. */
    private static boolean skipped(String rel) {
        return rel.startsWith("standalone/data") || rel.startsWith("standalone/tmp") || rel.startsWith("standalone/log")
                || rel.startsWith("standalone/configuration/standalone_xml_history")
                || rel.matches("standalone/deployments/.*\\.(deployed|failed|isdeploying|pending|undeployed|skipdeploy)");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
