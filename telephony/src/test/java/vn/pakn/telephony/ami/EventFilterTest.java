package vn.pakn.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.call.CallOutcome;
import vn.pakn.telephony.emulator.ReplayTranscript;

/** The tracker's manager Filter keeps the reader from parsing what the call model never uses. */
class EventFilterTest {

    @Test
    void onlyWhitelistedEventsOfTheRealCaptureReachTheTrackerAndTheCallIsStillRight() throws Exception {
        List<String> capture = ReplayTranscript.load(Path.of(getClass()
                .getResource("/ami/queue_call_events_dedup_sorted.ami.txt").toURI())).events();
        List<Pattern> whitelist = AmiCallTracker.EVENT_WHITELIST.stream().map(Pattern::compile).toList();
        long expected = capture.stream().filter(e -> whitelist.stream().anyMatch(p -> p.matcher(e).find())).count();
        // asterisk-java also hands listeners a legacy DialEvent for every DialBegin
        long legacyCopies = capture.stream().filter(e -> e.startsWith("Event: DialBegin\r\n")).count();

        try (TrackerHarness h = new TrackerHarness()) {
            long before = h.tracker.stats().eventsReceived();
            h.emulator.broadcast(capture);

            assertThat(h.awaitEnded("1514295827.372").outcome()).isEqualTo(CallOutcome.ANSWERED);
            assertThat(h.tracker.awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(h.tracker.stats().eventsReceived() - before).isEqualTo(expected + legacyCopies);
            assertThat(expected).as("of %d events in the capture", capture.size()).isLessThan(capture.size() / 5);
        }
    }
}
