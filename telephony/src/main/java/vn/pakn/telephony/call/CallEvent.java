package vn.pakn.telephony.call;

import java.time.Instant;
import java.util.Objects;

/**
 * One AMI event reduced to what the call model needs. Produced by {@code AmiEventMapper} from asterisk-java's
 * event objects and consumed by {@link CallBook}; kept flat so that a mapping can be checked by eye and in a test.
 *
 * @param type        which of the mapped AMI events this was
 * @param at          event time: the {@code Timestamp} header when Asterisk sends one, else the receive time
 * @param linkedId    Linkedid of the call (may be null for Cdr, which only carries the uniqueid)
 * @param uniqueId    Uniqueid of the channel the event is about
 * @param channel     channel name, e.g. {@code PJSIP/trunk-00000012}
 * @param callerNum   CallerIDNum of that channel
 * @param exten       Exten of that channel (the dialled number on the first channel)
 * @param queue       queue name for the queue events
 * @param member      queue member interface for the agent events
 * @param peerChannel the other channel (Dest* block, transfer target)
 * @param variable    variable name for VarSet
 * @param value       VarSet value, DialStatus, AgentComplete reason, bridge id, hang-up cause, Cdr disposition
 */
public record CallEvent(
        Type type,
        Instant at,
        String linkedId,
        String uniqueId,
        String channel,
        String callerNum,
        String exten,
        String queue,
        String member,
        String peerChannel,
        String variable,
        String value) {

    /** The AMI events the model understands. */
    public enum Type {
        NEW_CHANNEL, NEW_STATE, QUEUE_JOIN, QUEUE_LEAVE, QUEUE_ABANDON, AGENT_CALLED, AGENT_CONNECT, AGENT_COMPLETE,
        DIAL_BEGIN, DIAL_END, BRIDGE_ENTER, BRIDGE_LEAVE, TRANSFER, HANGUP, VAR_SET, CDR
    }

    public CallEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
    }

    /** Starts an event of the given type for a channel; the {@code with*} methods fill the rest. */
    public static CallEvent of(Type type, Instant at, String linkedId, String uniqueId, String channel) {
        return new CallEvent(type, at, linkedId, uniqueId, channel, null, null, null, null, null, null, null);
    }

    public CallEvent withCaller(String callerNumber, String extension) {
        return new CallEvent(type, at, linkedId, uniqueId, channel, callerNumber, extension, queue, member,
                peerChannel, variable, value);
    }

    public CallEvent withQueue(String queueName, String memberInterface) {
        return new CallEvent(type, at, linkedId, uniqueId, channel, callerNum, exten, queueName, memberInterface,
                peerChannel, variable, value);
    }

    public CallEvent withPeer(String peer) {
        return new CallEvent(type, at, linkedId, uniqueId, channel, callerNum, exten, queue, member, peer, variable,
                value);
    }

    public CallEvent withVariable(String name, String val) {
        return new CallEvent(type, at, linkedId, uniqueId, channel, callerNum, exten, queue, member, peerChannel, name,
                val);
    }

    public CallEvent withValue(String val) {
        return withVariable(variable, val);
    }
}
