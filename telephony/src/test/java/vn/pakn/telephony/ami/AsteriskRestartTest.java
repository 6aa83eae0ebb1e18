package vn.pakn.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.TelephonySettings;
import vn.pakn.telephony.call.CallOutcome;
import vn.pakn.telephony.call.CallPhase;
import vn.pakn.telephony.call.CallSnapshot;
import vn.pakn.telephony.emulator.AmiEmulator;
import vn.pakn.telephony.emulator.EmulatorConfig;
import vn.pakn.telephony.emulator.ScenarioClock;
import vn.pakn.telephony.emulator.SimCall;

/** Asterisk goes away (port closed, calls gone) and comes back: the tracker backs off, reconnects, reconciles. */
class AsteriskRestartTest {

    @Test
    void reconnectsWithBackoffAfterARestartAndClosesTheCallsThatDiedWithIt() throws Exception {
        List<CallSnapshot> ended = new CopyOnWriteArrayList<>();
        List<AmiConnectionState> states = new CopyOnWriteArrayList<>();
        ExecutorService executor = Executors.newFixedThreadPool(2);
        AmiEmulator first = AmiEmulator.start(EmulatorConfig.defaults().withPort(0));
        int port = first.port();
        TelephonySettings settings = TelephonySettings.defaults()
                .withAmi("127.0.0.1", port, EmulatorConfig.DEFAULT_USERNAME, EmulatorConfig.DEFAULT_SECRET)
                .withReconnect(Duration.ofMillis(50), Duration.ofMillis(400));
        try (CallTracker tracker = CallTracker.create(settings, executor, s -> {
            if (s.isEnded()) {
                ended.add(s);
            }
        }, states::add, java.time.Clock.systemUTC())) {
            tracker.start();
            assertThat(tracker.awaitConnected(Duration.ofSeconds(20))).isTrue();
            SimCall lost = new SimCall(first.pbx(), ScenarioClock.virtual(Instant.now()), "0912000009").arrive()
                    .joinQueue("hotline").ringAgent("101").agentAnswers();
            awaitActive(tracker, lost.linkedId());

            first.close(); // Asterisk stops: sockets closed, its calls are gone
            awaitState(states, AmiConnectionState.RECONNECTING);
            Thread.sleep(600); // a few refused attempts while nothing listens
            // uniqueids are epoch.sequence: the restarted Asterisk must start in a later second, as a real one does
            long closedIn = Instant.now().getEpochSecond();
            while (Instant.now().getEpochSecond() == closedIn) {
                Thread.sleep(20);
            }

            try (AmiEmulator second = AmiEmulator.start(EmulatorConfig.defaults().withPort(port))) {
                SimCall fresh = new SimCall(second.pbx(), ScenarioClock.virtual(Instant.now()), "0912000010")
                        .arrive().joinQueue("hotline");
                assertThat(second.awaitLogins(1, Duration.ofSeconds(20))).isTrue();

                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while ((ended.isEmpty() || tracker.activeCall(fresh.linkedId()).isEmpty())
                        && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertThat(ended).singleElement().satisfies(c -> {
                    assertThat(c.linkedId()).isEqualTo(lost.linkedId());
                    assertThat(c.outcome()).isEqualTo(CallOutcome.ANSWERED);
                    assertThat(c.reconciled()).isTrue();
                });
                assertThat(tracker.activeCall(fresh.linkedId())).get().extracting(CallSnapshot::phase)
                        .isEqualTo(CallPhase.QUEUED);
                assertThat(tracker.stats().logins()).isEqualTo(2);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static void awaitActive(CallTracker t, String id) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (t.activeCall(id).map(CallSnapshot::phase).orElse(null) != CallPhase.CONNECTED
                && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(t.activeCall(id)).isPresent();
    }

    private static void awaitState(List<AmiConnectionState> states, AmiConnectionState s) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!states.contains(s) && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(states).contains(s);
    }
}
