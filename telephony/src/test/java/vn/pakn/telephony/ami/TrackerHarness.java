package vn.pakn.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import vn.pakn.telephony.TelephonySettings;
import vn.pakn.telephony.call.CallSnapshot;
import vn.pakn.telephony.emulator.AmiEmulator;
import vn.pakn.telephony.emulator.EmulatorConfig;

/** An emulator on a free port plus a tracker logged in to it, recording every snapshot. */
final class TrackerHarness implements AutoCloseable {

    final AmiEmulator emulator;
    final CallTracker tracker;
    final ExecutorService executor = Executors.newFixedThreadPool(2);
    final Map<String, CallSnapshot> last = new ConcurrentHashMap<>();
    final List<CallSnapshot> ended = new CopyOnWriteArrayList<>();
    final List<CallSnapshot> all = new CopyOnWriteArrayList<>();

    TrackerHarness() throws IOException, InterruptedException {
        this(EmulatorConfig.defaults().withPort(0));
    }

    TrackerHarness(EmulatorConfig config) throws IOException, InterruptedException {
        emulator = AmiEmulator.start(config);
        tracker = CallTracker.create(settings(), executor, s -> {
            all.add(s);
            last.put(s.linkedId(), s);
            if (s.isEnded()) {
                ended.add(s);
            }
        });
        tracker.start();
        assertThat(tracker.awaitConnected(Duration.ofSeconds(20))).as("tracker logged in").isTrue();
        // the first reconciliation must be applied before scenario events, or they would race with it
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (tracker.stats().reconciliations() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    TelephonySettings settings() {
        return TelephonySettings.defaults().withAmi("127.0.0.1", emulator.port(), EmulatorConfig.DEFAULT_USERNAME,
                EmulatorConfig.DEFAULT_SECRET).withReconnect(Duration.ofMillis(100), Duration.ofSeconds(2));
    }

    /** Waits until a snapshot matching the predicate has arrived. */
    CallSnapshot await(Predicate<CallSnapshot> p, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (CallSnapshot s : all) {
                if (p.test(s)) {
                    return s;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no snapshot matched within " + timeout + "; last: " + last.values());
    }

    CallSnapshot awaitEnded(String linkedId) throws InterruptedException {
        return await(s -> s.linkedId().equals(linkedId) && s.isEnded(), Duration.ofSeconds(20));
    }

    long endedCount(String linkedId) {
        return ended.stream().filter(s -> s.linkedId().equals(linkedId)).count();
    }

    @Override
    public void close() {
        tracker.close();
        emulator.close();
        executor.shutdownNow();
    }
}
