package vn.pakn.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.call.CallOutcome;
import vn.pakn.telephony.call.CallSnapshot;
import vn.pakn.telephony.emulator.ScenarioClock;
import vn.pakn.telephony.emulator.Scenarios;

class ConcurrentCallsTest {

    @Test
    void twoHundredConcurrentCallsAreEachTrackedOnce() throws Exception {
        try (TrackerHarness h = new TrackerHarness()) {
            List<String> ids = new Scenarios(h.emulator.pbx())
                    .concurrent(ScenarioClock.virtual(Instant.parse("2026-11-23T03:00:00Z")), 200, "hotline");

            for (String id : ids) {
                h.awaitEnded(id);
            }
            assertThat(h.tracker.awaitIdle(Duration.ofSeconds(10))).isTrue();

            assertThat(h.ended).hasSize(200);
            assertThat(h.ended.stream().map(CallSnapshot::linkedId).distinct()).hasSize(200);
            Map<CallOutcome, Long> byOutcome = h.ended.stream()
                    .collect(Collectors.groupingBy(CallSnapshot::outcome, Collectors.counting()));
            assertThat(byOutcome).containsEntry(CallOutcome.ANSWERED, 180L).containsEntry(CallOutcome.ABANDONED, 20L);
            assertThat(h.ended).filteredOn(s -> s.outcome() == CallOutcome.ANSWERED)
                    .allSatisfy(s -> {
                        assertThat(s.waitTime()).isEqualTo(Duration.ofSeconds(13));
                        assertThat(s.talkTime()).isEqualTo(Duration.ofSeconds(60));
                    });
            assertThat(h.tracker.stats().eventsDropped()).isZero();
        }
    }
}
