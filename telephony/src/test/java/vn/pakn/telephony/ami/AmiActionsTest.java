package vn.pakn.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.AmiActionFailedException;
import vn.pakn.telephony.AmiAuthenticationException;
import vn.pakn.telephony.AmiConnectionException;
import vn.pakn.telephony.TelephonySettings;
import vn.pakn.telephony.emulator.AmiEmulator;
import vn.pakn.telephony.emulator.EmulatorConfig;
import vn.pakn.telephony.emulator.ScenarioClock;
import vn.pakn.telephony.emulator.SimCall;

class AmiActionsTest {

    @Test
    void queuePauseAndQueueStatusRoundTrip() throws Exception {
        try (AmiEmulator emu = AmiEmulator.start(EmulatorConfig.defaults().withPort(0));
                AmiActions actions = AmiActions.create(settings(emu.port(), EmulatorConfig.DEFAULT_SECRET))) {
            new SimCall(emu.pbx(), ScenarioClock.virtual(Instant.now().minusSeconds(30)), "0912345678").arrive()
                    .joinQueue("hotline");

            actions.ping();
            actions.queuePause("hotline", "PJSIP/102", true, "lunch");
            QueueStatusReport report = actions.queueStatus("hotline");

            assertThat(report.members()).extracting(QueueStatusReport.Member::iface)
                    .contains("PJSIP/101", "PJSIP/102", "PJSIP/103");
            assertThat(report.members()).filteredOn(m -> m.iface().equals("PJSIP/102"))
                    .singleElement().satisfies(m -> assertThat(m.paused()).isTrue());
            assertThat(report.waiting()).singleElement().satisfies(w -> {
                assertThat(w.queue()).isEqualTo("hotline");
                assertThat(w.waited()).isGreaterThanOrEqualTo(Duration.ofSeconds(29));
            });

            actions.queuePause("hotline", "PJSIP/102", false, null);
            assertThat(actions.queueStatus("hotline").members()).allSatisfy(m -> assertThat(m.paused()).isFalse());
        }
    }

    @Test
    void pausingAnUnknownInterfaceFailsWithAsterisksMessage() throws Exception {
        try (AmiEmulator emu = AmiEmulator.start(EmulatorConfig.defaults().withPort(0));
                AmiActions actions = AmiActions.create(settings(emu.port(), EmulatorConfig.DEFAULT_SECRET))) {
            assertThatThrownBy(() -> actions.queuePause("hotline", "PJSIP/999", true, null))
                    .isInstanceOf(AmiActionFailedException.class).hasMessageContaining("Interface not found");
        }
    }

    @Test
    void wrongSecretIsRefusedWithATypedException() throws Exception {
        try (AmiEmulator emu = AmiEmulator.start(EmulatorConfig.defaults().withPort(0));
                AmiActions actions = AmiActions.create(settings(emu.port(), "wrong"))) {
            assertThatThrownBy(actions::ping).isInstanceOf(AmiAuthenticationException.class)
                    .hasMessageContaining("PAKN-TEL-0001").hasMessageContaining("secret");
        }
    }

    @Test
    void trackerReportsAuthenticationFailureAndKeepsTrying() throws Exception {
        try (AmiEmulator emu = AmiEmulator.start(EmulatorConfig.defaults().withPort(0))) {
            java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newFixedThreadPool(2);
            java.util.List<AmiConnectionState> states = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (CallTracker t = CallTracker.create(settings(emu.port(), "wrong"), ex, s -> { }, states::add,
                    java.time.Clock.systemUTC())) {
                t.start();
                long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!states.contains(AmiConnectionState.AUTHENTICATION_FAILED) && System.nanoTime() < end) {
                    Thread.sleep(10);
                }
                assertThat(states).contains(AmiConnectionState.AUTHENTICATION_FAILED);
                assertThat(emu.logins()).isZero();
            } finally {
                ex.shutdownNow();
            }
        }
    }

    @Test
    void noAsteriskListeningIsAConnectionFailure() {
        try (AmiActions actions = AmiActions.create(settings(1, "x"))) {
            assertThatThrownBy(actions::ping).isInstanceOf(AmiConnectionException.class)
                    .hasMessageContaining("PAKN-TEL-0003");
        }
    }

    private static TelephonySettings settings(int port, String secret) {
        return TelephonySettings.defaults().withAmi("127.0.0.1", port, EmulatorConfig.DEFAULT_USERNAME, secret);
    }
}
