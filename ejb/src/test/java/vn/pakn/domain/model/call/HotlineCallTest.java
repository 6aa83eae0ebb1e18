package vn.pakn.domain.model.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.call.CallDirection;
import vn.pakn.telephony.call.CallOutcome;
import vn.pakn.telephony.call.CallPhase;
import vn.pakn.telephony.call.CallSnapshot;

class HotlineCallTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");

    static CallSnapshot snapshot(CallPhase phase, CallOutcome outcome, String recording) {
        boolean answered = phase == CallPhase.CONNECTED || outcome == CallOutcome.ANSWERED;
        return new CallSnapshot("1700000000.1", CallDirection.INBOUND, "+84912345678", "0912345678", "1022",
                "hotline", answered ? "PJSIP/101" : null, answered ? "101" : null, T0, T0.plusSeconds(2),
                answered ? T0.plusSeconds(12) : null, phase == CallPhase.ENDED ? T0.plusSeconds(60) : null,
                answered ? Duration.ofSeconds(10) : null, phase == CallPhase.ENDED && answered ? Duration.ofSeconds(48) : null,
                phase, outcome, recording, false, null, false);
    }

    @Test
    void takesNewerSnapshotsAndIgnoresOlderOnes() {
        var call = new HotlineCall("1700000000.1");

        assertThat(call.apply(snapshot(CallPhase.CONNECTED, null, null), 10, T0)).isTrue();
        assertThat(call.apply(snapshot(CallPhase.QUEUED, null, null), 9, T0)).isFalse();

        assertThat(call.getPhase()).isEqualTo("CONNECTED");
        assertThat(call.getOperatorExtension()).isEqualTo("101");
        assertThat(call.getWaitMillis()).isEqualTo(10_000);
    }

    @Test
    void anEndedCallNeverComesBack() {
        var call = new HotlineCall("1700000000.1");
        call.apply(snapshot(CallPhase.ENDED, CallOutcome.ANSWERED, "/var/spool/asterisk/monitor/a.wav"), 10, T0);

        assertThat(call.apply(snapshot(CallPhase.CONNECTED, null, null), 11, T0)).isFalse();

        assertThat(call.isEnded()).isTrue();
        assertThat(call.getOutcome()).contains("ANSWERED");
        assertThat(call.getTalkMillis()).isEqualTo(48_000);
    }

    @Test
    void keepsTheRecordingWhenALaterSnapshotHasNone() {
        var call = new HotlineCall("1700000000.1");
        call.apply(snapshot(CallPhase.CONNECTED, null, "/rec/a.wav"), 1, T0);
        call.apply(snapshot(CallPhase.ENDED, CallOutcome.ANSWERED, null), 2, T0);

        assertThat(call.getRecording()).isEqualTo("/rec/a.wav");
    }

    @Test
    void roundTripsToTheLibrarySnapshotForKpis() {
        var call = new HotlineCall("1700000000.1");
        var s = snapshot(CallPhase.ENDED, CallOutcome.ANSWERED, null);
        call.apply(s, 1, T0);
        var back = call.toSnapshot();

        assertThat(back.phase()).isEqualTo(CallPhase.ENDED);
        assertThat(back.outcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(back.waitTime()).isEqualTo(s.waitTime());
        assertThat(back.operator()).contains("101");
    }

    @Test
    void surveyScoreMustBeOneToFive() {
        var call = new HotlineCall("1700000000.1");
        call.rate(4, T0);
        assertThat(call.getSurveyScore()).contains(4);
        assertThatThrownBy(() -> call.rate(6, T0)).hasMessageContaining("1..5");
    }
}
