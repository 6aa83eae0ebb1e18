package vn.pakn.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.call.CallOutcome;
import vn.pakn.telephony.call.CallPhase;
import vn.pakn.telephony.call.CallSnapshot;
import vn.pakn.telephony.emulator.ScenarioClock;
import vn.pakn.telephony.emulator.SimCall;

class ReconnectReconciliationTest {

    @Test
    void connectionDropMidCallLosesNoCallAndCountsNoneTwice() throws Exception {
        try (TrackerHarness h = new TrackerHarness()) {
            ScenarioClock clock = ScenarioClock.virtual(Instant.now().minusSeconds(600));
            // A: talking to 101; B: waiting in queue; both seen before the drop
            SimCall a = new SimCall(h.emulator.pbx(), clock, "0912000001").arrive().joinQueue("hotline")
                    .pause(Duration.ofSeconds(4)).ringAgent("101").pause(Duration.ofSeconds(2)).agentAnswers();
            SimCall b = new SimCall(h.emulator.pbx(), clock, "0912000002").arrive().joinQueue("hotline");
            h.await(s -> s.linkedId().equals(a.linkedId()) && s.phase() == CallPhase.CONNECTED, Duration.ofSeconds(10));
            h.await(s -> s.linkedId().equals(b.linkedId()) && s.phase() == CallPhase.QUEUED, Duration.ofSeconds(10));

            // the link drops; while nobody listens A hangs up and C arrives and is answered
            h.emulator.dropConnections();
            a.pause(Duration.ofSeconds(20)).callerHangsUp();
            SimCall c = new SimCall(h.emulator.pbx(), ScenarioClock.virtual(Instant.now()), "0912000003").arrive()
                    .joinQueue("hotline").ringAgent("102").agentAnswers();

            assertThat(h.emulator.awaitLogins(2, Duration.ofSeconds(20))).as("tracker reconnected").isTrue();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (h.tracker.stats().reconciliations() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(h.tracker.stats().reconciliations()).isGreaterThanOrEqualTo(2);
            Thread.sleep(300); // give a stray second session (asterisk-java's own reconnect) time to show up
            assertThat(h.emulator.openSessions()).as("exactly one event session after the reconnect").isEqualTo(1);

            CallSnapshot endedA = h.awaitEnded(a.linkedId());
            assertThat(endedA.outcome()).isEqualTo(CallOutcome.ANSWERED);
            assertThat(endedA.reconciled()).isTrue();
            CallSnapshot adoptedC = h.await(s -> s.linkedId().equals(c.linkedId()), Duration.ofSeconds(10));
            assertThat(adoptedC.phase()).isEqualTo(CallPhase.CONNECTED);
            assertThat(adoptedC.extension()).isEqualTo("102");
            assertThat(adoptedC.queue()).isEqualTo("hotline");
            assertThat(adoptedC.citizenNumber()).isEqualTo("+84912000003");
            assertThat(h.tracker.activeCall(b.linkedId())).as("B still waiting, not closed").isPresent();

            // after the reconnect the stream goes on: B is answered, B and C hang up
            b.ringAgent("103").agentAnswers().pause(Duration.ofSeconds(30)).callerHangsUp();
            c.pause(Duration.ofSeconds(10)).callerHangsUp();

            assertThat(h.awaitEnded(b.linkedId()).outcome()).isEqualTo(CallOutcome.ANSWERED);
            assertThat(h.awaitEnded(c.linkedId()).outcome()).isEqualTo(CallOutcome.ANSWERED);
            assertThat(h.tracker.awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(h.ended).extracting(CallSnapshot::linkedId)
                    .containsExactlyInAnyOrder(a.linkedId(), b.linkedId(), c.linkedId());
            assertThat(h.tracker.activeCalls()).isEmpty();
        }
    }
}
