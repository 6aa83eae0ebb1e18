package vn.pakn.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.call.CallOutcome;
import vn.pakn.telephony.call.CallSnapshot;
import vn.pakn.telephony.emulator.EmulatorConfig;

/** The real Asterisk 13 capture (reference folder) replayed over a socket gives the call it recorded. */
class ReplayTranscriptTrackingTest {

    @Test
    void replayOfRealQueueCallGivesOneAnsweredCallForQueueQ1AndAgent777() throws Exception {
        Path transcript = Path.of(getClass().getResource("/ami/queue_call_events_dedup_sorted.ami.txt").toURI());
        EmulatorConfig cfg = EmulatorConfig.defaults().withPort(0).withReplay(transcript, Duration.ofMillis(2), false);
        try (TrackerHarness h = new TrackerHarness(cfg)) {
            CallSnapshot call = h.awaitEnded("1514295827.372");
            assertThat(h.tracker.awaitIdle(Duration.ofSeconds(10))).isTrue();

            assertThat(call.outcome()).isEqualTo(CallOutcome.ANSWERED);
            assertThat(call.citizenNumberRaw()).isEqualTo("123");
            assertThat(call.citizenNumber()).as("an internal number stays as it came").isEqualTo("123");
            assertThat(call.dialledNumber()).isEqualTo("888999");
            assertThat(call.queue()).isEqualTo("Q1");
            assertThat(call.agent()).isEqualTo("SIP/777");
            assertThat(call.extension()).isEqualTo("777");
            assertThat(call.transferred()).isFalse();
            assertThat(call.offeredAt()).isNotNull();
            assertThat(call.answeredAt()).isAfterOrEqualTo(call.offeredAt());
            assertThat(call.waitTime()).isNotNull().isGreaterThanOrEqualTo(Duration.ZERO);
            assertThat(call.talkTime()).isNotNull().isGreaterThanOrEqualTo(Duration.ZERO);
            assertThat(h.ended).hasSize(1);
        }
    }
}
