package vn.pakn.telephony.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.TelephonySettings;
import vn.pakn.telephony.ami.CallTracker;
import vn.pakn.telephony.call.CallOutcome;
import vn.pakn.telephony.call.CallSnapshot;

/** {@code --scenario all} of the emulator jar, watched by a real tracker: every scenario ends in the right outcome. */
class EmulatorMainScenariosTest {

    @Test
    void scenarioAllProducesEveryOutcomeAndSurvivesTheDrop() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        Map<String, CallSnapshot> ended = new ConcurrentHashMap<>();
        try (AmiEmulator emu = AmiEmulator.start(EmulatorConfig.defaults().withPort(0));
                CallTracker tracker = CallTracker.create(TelephonySettings.defaults()
                        .withAmi("127.0.0.1", emu.port(), "pakn", "pakn")
                        .withReconnect(Duration.ofMillis(100), Duration.ofSeconds(1)), executor, s -> {
                            if (s.isEnded() && ended.putIfAbsent(s.linkedId(), s) != null) {
                                throw new AssertionError("ended twice: " + s);
                            }
                        })) {
            tracker.start();
            assertThat(tracker.awaitConnected(Duration.ofSeconds(20))).isTrue();
            Thread.sleep(200);

            Map<String, String> produced = EmulatorMain.runScenarios(emu, "all", 0);

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (ended.size() < 207 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            produced.forEach((name, id) -> {
                if (!name.equals("concurrent")) {
                    assertThat(ended).as(name).containsKey(id.split(" ")[0]);
                }
            });
            assertThat(ended).hasSize(207); // 7 single scenarios + 200 concurrent calls
            assertThat(ended.values()).extracting(CallSnapshot::outcome).contains(CallOutcome.ANSWERED,
                    CallOutcome.ABANDONED, CallOutcome.VOICEMAIL, CallOutcome.CALLBACK);
            assertThat(ended.values()).filteredOn(CallSnapshot::transferred).hasSize(1);
            assertThat(ended.values()).filteredOn(CallSnapshot::reconciled).as("the dropped call, if it ended unseen")
                    .hasSizeLessThanOrEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
    }
}
