package vn.pakn.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.call.CallDirection;
import vn.pakn.telephony.call.CallOutcome;
import vn.pakn.telephony.call.CallPhase;
import vn.pakn.telephony.call.CallSnapshot;
import vn.pakn.telephony.emulator.ScenarioClock;
import vn.pakn.telephony.emulator.Scenarios;

/** Every scenario goes through a real AMI socket: emulator → asterisk-java → tracker → call model. */
class CallTrackerScenarioTest {

    private TrackerHarness h;
    private Scenarios scenarios;

    @BeforeEach
    void start() throws Exception {
        h = new TrackerHarness();
        scenarios = new Scenarios(h.emulator.pbx());
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private static ScenarioClock clock() {
        return ScenarioClock.virtual(Instant.parse("2026-11-23T02:00:00Z"));
    }

    @Test
    void answeredCallGivesOneAnsweredCallWithExactWaitAndTalkTimes() throws Exception {
        String id = scenarios.answered(clock(), "0912 345 678", "hotline", "101", Duration.ofSeconds(12),
                Duration.ofSeconds(95));

        CallSnapshot call = h.awaitEnded(id);

        assertThat(call.outcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(call.citizenNumber()).isEqualTo("+84912345678");
        assertThat(call.dialledNumber()).isEqualTo("1022");
        assertThat(call.queue()).isEqualTo("hotline");
        assertThat(call.agent()).isEqualTo("PJSIP/101");
        assertThat(call.extension()).isEqualTo("101");
        assertThat(call.waitTime()).isEqualTo(Duration.ofSeconds(12));
        assertThat(call.talkTime()).isEqualTo(Duration.ofSeconds(95));
        assertThat(call.recording()).endsWith(id + ".wav");
        assertThat(call.transferred()).isFalse();
        assertThat(h.endedCount(id)).isEqualTo(1);
    }

    @Test
    void screenPopSnapshotIsConnectedWithAgentBeforeTheCallEnds() throws Exception {
        String id = scenarios.answered(clock(), "0912345678", "hotline", "102", Duration.ofSeconds(5),
                Duration.ofSeconds(30));

        CallSnapshot pop = h.await(s -> s.linkedId().equals(id) && s.phase() == CallPhase.CONNECTED,
                Duration.ofSeconds(10));

        assertThat(pop.extension()).isEqualTo("102");
        assertThat(pop.citizenNumber()).isEqualTo("+84912345678");
        assertThat(pop.answeredAt()).isNotNull();
        assertThat(pop.endedAt()).isNull();
    }

    @Test
    void callerWhoHangsUpInQueueIsAbandonedWithTheTimeWaited() throws Exception {
        String id = scenarios.abandoned(clock(), "+84987654321", "hotline", Duration.ofSeconds(45));

        CallSnapshot call = h.awaitEnded(id);

        assertThat(call.outcome()).isEqualTo(CallOutcome.ABANDONED);
        assertThat(call.citizenNumber()).isEqualTo("+84987654321");
        assertThat(call.waitTime()).isEqualTo(Duration.ofSeconds(45));
        assertThat(call.answeredAt()).isNull();
        assertThat(call.talkTime()).isNull();
    }

    @Test
    void shortAbandonKeepsItsShortWaitSoKpisCanExcludeIt() throws Exception {
        String id = scenarios.abandoned(clock(), "84903123456", "hotline", Duration.ofSeconds(3));

        CallSnapshot call = h.awaitEnded(id);

        assertThat(call.outcome()).isEqualTo(CallOutcome.ABANDONED);
        assertThat(call.citizenNumber()).isEqualTo("+84903123456");
        assertThat(call.waitTime()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void transferredCallEndsAtTheTargetExtensionAndTalkTimeCoversBothLegs() throws Exception {
        String id = scenarios.transfer(clock(), "02838221234", "hotline", "101", "102", Duration.ofSeconds(20),
                Duration.ofSeconds(30), Duration.ofSeconds(60));

        CallSnapshot call = h.awaitEnded(id);

        assertThat(call.outcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(call.transferred()).isTrue();
        assertThat(call.agent()).isEqualTo("PJSIP/101");
        assertThat(call.extension()).isEqualTo("102");
        assertThat(call.citizenNumber()).isEqualTo("+842838221234");
        assertThat(call.waitTime()).isEqualTo(Duration.ofSeconds(20));
        assertThat(call.talkTime()).isEqualTo(Duration.ofSeconds(30 + 2 + 60));
        assertThat(h.endedCount(id)).isEqualTo(1);
    }

    @Test
    void outOfHoursMessageIsAVoicemailWithTheRecording() throws Exception {
        String id = scenarios.voicemail(clock(), "0912000111");

        CallSnapshot call = h.awaitEnded(id);

        assertThat(call.outcome()).isEqualTo(CallOutcome.VOICEMAIL);
        assertThat(call.recording()).isEqualTo("/var/spool/asterisk/pakn-vm/" + id + ".wav");
        assertThat(call.queue()).isNull();
    }

    @Test
    void callbackThroughOriginateRingsTheOperatorThenTheCitizen() throws Exception {
        try (AmiActions actions = AmiActions.create(h.settings())) {
            String actionId = actions.originateCallback(new CallbackRequest("PJSIP/101", "0912345678",
                    "pakn-callback", null, "task-42", Duration.ofSeconds(20)));
            assertThat(actionId).contains("task-42");
        }

        CallSnapshot call = h.await(s -> "task-42".equals(s.callbackTaskId()) && s.isEnded(), Duration.ofSeconds(20));

        assertThat(call.direction()).isEqualTo(CallDirection.CALLBACK);
        assertThat(call.outcome()).isEqualTo(CallOutcome.CALLBACK);
        assertThat(call.citizenNumber()).isEqualTo("+84912345678");
        assertThat(call.extension()).isEqualTo("101");
        assertThat(call.answeredAt()).as("citizen answered").isNotNull();
        assertThat(call.talkTime()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void unansweredCallbackHasNoAnswerTime() throws Exception {
        try (AmiActions actions = AmiActions.create(h.settings())) {
            actions.originateCallback(new CallbackRequest("PJSIP/102", "0912340000", "pakn-callback", null,
                    "task-43", null));
        }

        CallSnapshot call = h.await(s -> "task-43".equals(s.callbackTaskId()) && s.isEnded(), Duration.ofSeconds(20));

        assertThat(call.outcome()).isEqualTo(CallOutcome.CALLBACK);
        assertThat(call.answeredAt()).isNull();
    }

    @Test
    void demoTrickleFeedsCallsToTheTracker() throws Exception {
        try (vn.pakn.telephony.emulator.DemoHotline demo = vn.pakn.telephony.emulator.DemoHotline.start(h.emulator,
                60, r -> {
                    Thread t = new Thread(r, "demo-test");
                    t.setDaemon(true);
                    return t;
                })) {
            CallSnapshot first = h.await(s -> s.citizenNumber().startsWith("+84"), Duration.ofSeconds(20));
            assertThat(first.dialledNumber()).isEqualTo("1022");
        }
    }
}
