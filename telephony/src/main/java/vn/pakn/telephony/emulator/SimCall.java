package vn.pakn.telephony.emulator;

import java.time.Duration;
import java.util.Objects;

/**
 * One inbound hotline call, driven step by step through the {@link SimulatedPbx}. The steps raise the events in the
 * order real Asterisk does (from the captured queue call in the reference transcripts): notably QueueCallerLeave
 * comes before AgentConnect, and QueueCallerAbandon before QueueCallerLeave.
 */
public final class SimCall {

    public static final String TRUNK = "PJSIP/viettel-trunk";
    public static final String HOTLINE = "1022";

    private final SimulatedPbx pbx;
    private final ScenarioClock clock;
    private final String callerNum;
    private PbxChannel caller;
    private PbxChannel agent;
    private String agentIface;
    private String queue;
    private String bridgeId;
    private java.time.Instant joinedAt;
    private java.time.Instant ringAt;
    private java.time.Instant answeredAt;

    public SimCall(SimulatedPbx pbx, ScenarioClock clock, String callerNum) {
        this.pbx = Objects.requireNonNull(pbx);
        this.clock = Objects.requireNonNull(clock);
        this.callerNum = callerNum;
    }

    public String linkedId() {
        return caller.linkedId();
    }

    public ScenarioClock clock() {
        return clock;
    }

    /** The trunk channel appears and the IVR answers it. */
    public SimCall arrive() {
        caller = pbx.newChannel(clock.now(), TRUNK, callerNum, "", "from-trunk", HOTLINE, null);
        pbx.newState(clock.now(), caller, 4);
        pbx.setApplication(caller, "AGI", "agi://127.0.0.1/welcome");
        pbx.newState(clock.now(), caller, 6);
        return this;
    }

    public SimCall pause(Duration d) {
        clock.advance(d);
        return this;
    }

    public SimCall joinQueue(String queueName) {
        this.queue = queueName;
        joinedAt = clock.now();
        pbx.queueJoin(clock.now(), caller, queueName);
        return this;
    }

    /** A queue member's phone rings: agent leg, AgentCalled, DialBegin, Ringing. */
    public SimCall ringAgent(String extension) {
        agentIface = "PJSIP/" + extension;
        ringAt = clock.now();
        agent = pbx.newChannel(clock.now(), agentIface, extension, "Operator " + extension, "from-queue", HOTLINE,
                caller);
        pbx.agentCalled(clock.now(), caller, agent, queue, agentIface);
        pbx.dialBegin(clock.now(), caller, agent, agentIface);
        pbx.newState(clock.now(), agent, 5);
        return this;
    }

    /** The operator picks up; the caller leaves the queue, then AgentConnect, bridge, recording starts. */
    public SimCall agentAnswers() {
        answeredAt = clock.now();
        pbx.newState(clock.now(), agent, 6);
        pbx.dialEnd(clock.now(), caller, agent, "ANSWER");
        pbx.queueLeave(clock.now(), caller, queue);
        pbx.agentConnect(clock.now(), caller, agent, queue, agentIface, Duration.between(joinedAt, clock.now()),
                Duration.between(ringAt, clock.now()));
        bridgeId = pbx.bridge(clock.now(), agent, caller);
        pbx.setApplication(caller, "Queue", queue + ",t,,,300");
        pbx.varSet(clock.now(), caller, "MIXMONITOR_FILENAME",
                "/var/spool/asterisk/monitor/" + caller.linkedId() + ".wav");
        return this;
    }

    /** Blind transfer by the operator to another extension, which answers. */
    public SimCall transferTo(String extension) {
        pbx.blindTransfer(clock.now(), bridgeId, agent, caller, "from-internal", extension);
        pbx.agentComplete(clock.now(), caller, agent, queue, agentIface, Duration.between(joinedAt, answeredAt),
                Duration.between(answeredAt, clock.now()), "transfer");
        pbx.unbridge(clock.now(), bridgeId, agent, caller);
        pbx.hangup(clock.now(), agent, 16, "Normal Clearing");
        PbxChannel target = pbx.newChannel(clock.now(), "PJSIP/" + extension, extension, "Operator " + extension,
                "from-internal", extension, caller);
        pbx.dialBegin(clock.now(), caller, target, "PJSIP/" + extension);
        pbx.newState(clock.now(), target, 5);
        clock.advance(Duration.ofSeconds(2));
        pbx.newState(clock.now(), target, 6);
        pbx.dialEnd(clock.now(), caller, target, "ANSWER");
        bridgeId = pbx.bridge(clock.now(), target, caller);
        agent = target;
        agentIface = null; // no longer a queue member call
        return this;
    }

    /** The caller hangs up: after talking (AgentComplete) or while waiting (QueueCallerAbandon). */
    public SimCall callerHangsUp() {
        if (agent != null && bridgeId != null) {
            if (agentIface != null) {
                pbx.agentComplete(clock.now(), caller, agent, queue, agentIface,
                        Duration.between(joinedAt, answeredAt), Duration.between(answeredAt, clock.now()), "caller");
            }
            pbx.unbridge(clock.now(), bridgeId, caller, agent);
            pbx.hangup(clock.now(), caller, 16, "Normal Clearing");
            pbx.hangup(clock.now(), agent, 16, "Normal Clearing");
            pbx.cdr(clock.now(), caller, agent.name(), answeredAt, "ANSWERED");
        } else {
            if (queue != null && joinedAt != null) {
                pbx.queueAbandon(clock.now(), caller, queue);
                pbx.queueLeave(clock.now(), caller, queue);
            }
            if (agent != null) { // was ringing an operator
                pbx.dialEnd(clock.now(), caller, agent, "CANCEL");
                pbx.hangup(clock.now(), agent, 16, "Normal Clearing");
            }
            pbx.hangup(clock.now(), caller, 16, "Normal Clearing");
            pbx.cdr(clock.now(), caller, agent == null ? null : agent.name(), null, "NO ANSWER");
        }
        return this;
    }

    /** Out of hours: the IVR records a message and marks it on the channel (PAKN_VOICEMAIL). */
    public SimCall leaveMessage(String file, Duration length) {
        clock.advance(length);
        pbx.varSet(clock.now(), caller, "PAKN_VOICEMAIL", file);
        return this;
    }
}
