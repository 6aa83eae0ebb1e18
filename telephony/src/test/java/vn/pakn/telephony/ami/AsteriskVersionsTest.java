package vn.pakn.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.pakn.telephony.call.CallOutcome;
import vn.pakn.telephony.emulator.EmulatorConfig;
import vn.pakn.telephony.emulator.ScenarioClock;
import vn.pakn.telephony.emulator.Scenarios;

/** The tracker logs in and tracks a call whatever Asterisk 16–22 version (and AMI banner) the server reports. */
class AsteriskVersionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"16.30.1", "18.24.0", "20.5.0", "21.9.0", "22.4.1"})
    void tracksACallOnEverySupportedAsteriskVersion(String version) throws Exception {
        EmulatorConfig cfg = new EmulatorConfig(0, EmulatorConfig.DEFAULT_USERNAME, EmulatorConfig.DEFAULT_SECRET,
                version, true, null, Duration.ZERO, false);
        try (TrackerHarness h = new TrackerHarness(cfg)) {
            String id = new Scenarios(h.emulator.pbx()).answered(ScenarioClock.virtual(Instant.now()), "0912345678",
                    "hotline", "101", Duration.ofSeconds(7), Duration.ofSeconds(20));

            assertThat(h.awaitEnded(id).outcome()).isEqualTo(CallOutcome.ANSWERED);
        }
    }
}
