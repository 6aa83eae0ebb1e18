package vn.pakn.telephony.agi;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import vn.pakn.telephony.TelephonySettings;
import vn.pakn.telephony.emulator.FastAgiCaller;

/** The IVR server on a free port with in-memory ports, driven by the emulator's FastAGI caller. */
final class IvrHarness implements AutoCloseable {

    final Map<String, CaseStatus> cases = new ConcurrentHashMap<>();
    final AtomicInteger lookups = new AtomicInteger();
    final List<SurveyAnswer> surveys = new CopyOnWriteArrayList<>();
    final List<VoicemailMessage> messages = new CopyOnWriteArrayList<>();
    final ExecutorService executor = Executors.newCachedThreadPool();
    final IvrServer server;
    final int port;

    IvrHarness() throws IOException, InterruptedException {
        port = freePort();
        CaseStatusLookup lookup = code -> {
            lookups.incrementAndGet();
            return Optional.ofNullable(cases.get(code));
        };
        VoicemailIntake intake = m -> {
            messages.add(m);
            return Damm.withCheckDigit("261123" + String.format("%03d", messages.size()));
        };
        server = IvrServer.start(TelephonySettings.defaults().withAgi("127.0.0.1", port), executor,
                new IvrPorts(lookup, surveys::add, intake), Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"),
                        ZoneOffset.UTC));
        awaitListening();
    }

    FastAgiCaller.Result call(FastAgiCaller.Spec spec) throws IOException {
        return FastAgiCaller.call("127.0.0.1", port, spec, Duration.ofSeconds(10));
    }

    private void awaitListening() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("FastAGI server did not start on " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.close();
        executor.shutdownNow();
    }
}
