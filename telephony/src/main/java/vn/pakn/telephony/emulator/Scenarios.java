package vn.pakn.telephony.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The named hotline scenarios. Each returns the Linkedid(s) of the call(s) it produced so a test can look them up.
 */
public final class Scenarios {

    private final SimulatedPbx pbx;

    public Scenarios(SimulatedPbx pbx) {
        this.pbx = pbx;
    }

    /** Waits {@code wait} in queue (ringing included), talks {@code talk}, caller hangs up. */
    public String answered(ScenarioClock clock, String caller, String queue, String ext, Duration wait,
            Duration talk) {
        SimCall c = new SimCall(pbx, clock, caller).arrive().pause(Duration.ofSeconds(8)).joinQueue(queue);
        Duration ring = wait.compareTo(Duration.ofSeconds(3)) > 0 ? Duration.ofSeconds(3) : wait;
        c.pause(wait.minus(ring)).ringAgent(ext).pause(ring).agentAnswers().pause(talk).callerHangsUp();
        return c.linkedId();
    }

    /** Hangs up after {@code wait} in queue; below the short-abandon threshold this is a "short abandon". */
    public String abandoned(ScenarioClock clock, String caller, String queue, Duration wait) {
        SimCall c = new SimCall(pbx, clock, caller).arrive().pause(Duration.ofSeconds(5)).joinQueue(queue)
                .pause(wait).callerHangsUp();
        return c.linkedId();
    }

    /** Answered by {@code ext}, then blind-transferred to {@code target}, who talks until the caller hangs up. */
    public String transfer(ScenarioClock clock, String caller, String queue, String ext, String target,
            Duration wait, Duration talkFirst, Duration talkSecond) {
        SimCall c = new SimCall(pbx, clock, caller).arrive().pause(Duration.ofSeconds(6)).joinQueue(queue)
                .pause(wait.minus(Duration.ofSeconds(2))).ringAgent(ext).pause(Duration.ofSeconds(2)).agentAnswers()
                .pause(talkFirst).transferTo(target).pause(talkSecond).callerHangsUp();
        return c.linkedId();
    }

    /** Out of hours: IVR only, the caller records a message. */
    public String voicemail(ScenarioClock clock, String caller) {
        SimCall c = new SimCall(pbx, clock, caller).arrive().pause(Duration.ofSeconds(12));
        c.leaveMessage("/var/spool/asterisk/pakn-vm/" + c.linkedId() + ".wav", Duration.ofSeconds(30))
                .callerHangsUp();
        return c.linkedId();
    }

    /** {@code n} calls in progress at the same moment, stepped in lock-step; every 10th abandons. */
    public List<String> concurrent(ScenarioClock clock, int n, String queue) {
        List<SimCall> calls = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            calls.add(new SimCall(pbx, clock, String.format("09%08d", 12_000_000 + i)).arrive());
        }
        clock.advance(Duration.ofSeconds(5));
        calls.forEach(c -> c.joinQueue(queue));
        clock.advance(Duration.ofSeconds(10));
        for (int i = 0; i < n; i++) {
            if (i % 10 != 9) {
                calls.get(i).ringAgent(String.valueOf(200 + i));
            }
        }
        clock.advance(Duration.ofSeconds(3));
        for (int i = 0; i < n; i++) {
            if (i % 10 != 9) {
                calls.get(i).agentAnswers();
            }
        }
        clock.advance(Duration.ofSeconds(60));
        calls.forEach(SimCall::callerHangsUp);
        return calls.stream().map(SimCall::linkedId).toList();
    }

    /**
     * What Asterisk does for the callback Originate: the operator's phone rings first; when it is answered the
     * dialplan ({@code context}/{@code exten}) dials the citizen. Numbers ending in 0000 do not answer.
     *
     * @return the operator leg (its uniqueid is the call's Linkedid)
     */
    static PbxChannel callbackLegs(SimulatedPbx pbx, ScenarioClock clock, String endpoint, String context,
            String exten, Map<String, String> vars) {
        return callbackLegs(pbx, clock, endpoint, context, exten, vars, leg -> { });
    }

    static PbxChannel callbackLegs(SimulatedPbx pbx, ScenarioClock clock, String endpoint, String context,
            String exten, Map<String, String> vars, Consumer<PbxChannel> operatorAnswered) {
        String ext = endpoint.substring(endpoint.indexOf('/') + 1);
        PbxChannel op = pbx.newChannel(clock.now(), endpoint, ext, "Operator " + ext, context, exten, null);
        vars.forEach((k, v) -> pbx.varSet(clock.now(), op, k, v));
        pbx.dialBegin(clock.now(), null, op, endpoint);
        pbx.newState(clock.now(), op, 5);
        clock.advance(Duration.ofSeconds(4));
        pbx.newState(clock.now(), op, 6);
        pbx.dialEnd(clock.now(), null, op, "ANSWER");
        operatorAnswered.accept(op);
        PbxChannel citizen = pbx.newChannel(clock.now(), SimCall.TRUNK, exten, "", "from-trunk", exten, op);
        pbx.dialBegin(clock.now(), op, citizen, SimCall.TRUNK + "/" + exten);
        pbx.newState(clock.now(), citizen, 5);
        clock.advance(Duration.ofSeconds(8));
        if (exten.endsWith("0000")) {
            pbx.dialEnd(clock.now(), op, citizen, "NOANSWER");
            pbx.hangup(clock.now(), citizen, 19, "No answer");
            pbx.hangup(clock.now(), op, 16, "Normal Clearing");
            return op;
        }
        pbx.newState(clock.now(), citizen, 6);
        pbx.dialEnd(clock.now(), op, citizen, "ANSWER");
        String bridge = pbx.bridge(clock.now(), op, citizen);
        clock.advance(Duration.ofSeconds(40));
        pbx.unbridge(clock.now(), bridge, citizen, op);
        pbx.hangup(clock.now(), citizen, 16, "Normal Clearing");
        pbx.hangup(clock.now(), op, 16, "Normal Clearing");
        return op;
    }
}
