package vn.pakn.telephony.ami;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.asteriskjava.manager.event.AgentCalledEvent;
import org.asteriskjava.manager.event.AgentCompleteEvent;
import org.asteriskjava.manager.event.AgentConnectEvent;
import org.asteriskjava.manager.event.AttendedTransferEvent;
import org.asteriskjava.manager.event.BlindTransferEvent;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.asteriskjava.manager.event.BridgeLeaveEvent;
import org.asteriskjava.manager.event.CdrEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DialBeginEvent;
import org.asteriskjava.manager.event.DialEndEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.NewChannelEvent;
import org.asteriskjava.manager.event.NewStateEvent;
import org.asteriskjava.manager.event.QueueCallerAbandonEvent;
import org.asteriskjava.manager.event.QueueCallerJoinEvent;
import org.asteriskjava.manager.event.QueueCallerLeaveEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import vn.pakn.telephony.call.CallEvent;
import vn.pakn.telephony.call.CallEvent.Type;
import vn.pakn.telephony.call.LiveChannel;
import vn.pakn.telephony.call.LiveQueueEntry;

/**
 * Maps asterisk-java's event objects to the flat {@link CallEvent}. One {@code instanceof} chain over the few events
 * the call model needs instead of a reflective listener: this is the piece the server checks inside WildFly, where
 * asterisk-java's classpath scanning has failed before (asterisk-java issues #318, #381) — build a
 * {@code HangupEvent}, map it, and the whole path is proven.
 *
 * <p>Stateless and thread-safe.
 */
public final class AmiEventMapper {

    /**
     * @param event      an event as built by asterisk-java's reader
     * @param receivedAt when it came off the socket; used when Asterisk sends no {@code Timestamp} header
     * @return the call-model event, or empty for events the model does not use
     */
    public Optional<CallEvent> map(ManagerEvent event, Instant receivedAt) {
        Instant at = timeOf(event, receivedAt);
        CallEvent out = null;
        if (event instanceof NewChannelEvent e) {
            out = CallEvent.of(Type.NEW_CHANNEL, at, e.getLinkedid(), e.getUniqueId(), e.getChannel())
                    .withCaller(e.getCallerIdNum(), e.getExten()).withValue(e.getChannelStateDesc());
        } else if (event instanceof NewStateEvent e) {
            out = CallEvent.of(Type.NEW_STATE, at, e.getLinkedId(), e.getUniqueId(), e.getChannel())
                    .withCaller(e.getCallerIdNum(), e.getExten()).withValue(e.getChannelStateDesc());
        } else if (event instanceof HangupEvent e) {
            out = CallEvent.of(Type.HANGUP, at, e.getLinkedId(), e.getUniqueId(), e.getChannel())
                    .withCaller(e.getCallerIdNum(), e.getExten())
                    .withValue(e.getCause() == null ? null : e.getCause().toString());
        } else if (event instanceof QueueCallerJoinEvent e) {
            out = CallEvent.of(Type.QUEUE_JOIN, at, e.getLinkedId(), e.getUniqueId(), e.getChannel())
                    .withCaller(e.getCallerIdNum(), e.getExten()).withQueue(e.getQueue(), null);
        } else if (event instanceof QueueCallerLeaveEvent e) {
            out = CallEvent.of(Type.QUEUE_LEAVE, at, e.getLinkedId(), e.getUniqueId(), e.getChannel())
                    .withQueue(e.getQueue(), null);
        } else if (event instanceof QueueCallerAbandonEvent e) {
            out = CallEvent.of(Type.QUEUE_ABANDON, at, e.getLinkedId(), e.getUniqueId(), e.getChannel())
                    .withQueue(e.getQueue(), null);
        } else if (event instanceof AgentCalledEvent e) {
            out = CallEvent.of(Type.AGENT_CALLED, at, e.getLinkedId(), e.getUniqueId(), e.getChannel())
                    .withQueue(e.getQueue(), e.getInterface()).withPeer(e.getDestChannel());
        } else if (event instanceof AgentConnectEvent e) {
            out = CallEvent.of(Type.AGENT_CONNECT, at, e.getLinkedId(), e.getUniqueId(), e.getChannel())
                    .withQueue(e.getQueue(), e.getInterface() != null ? e.getInterface() : e.getMember())
                    .withPeer(e.getDestChannel());
        } else if (event instanceof AgentCompleteEvent e) {
            out = CallEvent.of(Type.AGENT_COMPLETE, at, e.getLinkedId(), e.getUniqueId(), e.getChannel())
                    .withQueue(e.getQueue(), e.getInterface() != null ? e.getInterface() : e.getMember())
                    .withPeer(e.getDestChannel()).withValue(e.getReason());
        } else if (event instanceof DialBeginEvent e) {
            out = CallEvent.of(Type.DIAL_BEGIN, at, linked(e.getLinkedId(), e.getDestLinkedId()), e.getUniqueId(),
                    e.getChannel()).withCaller(e.getCallerIdNum(), e.getDestExten()).withPeer(e.getDestChannel())
                    .withValue(e.getDialString());
        } else if (event instanceof DialEndEvent e) {
            out = CallEvent.of(Type.DIAL_END, at, linked(e.getLinkedId(), e.getDestLinkedId()), e.getUniqueId(),
                    e.getChannel()).withPeer(e.getDestChannel()).withValue(e.getDialStatus());
        } else if (event instanceof BridgeEnterEvent e) {
            out = CallEvent.of(Type.BRIDGE_ENTER, at, e.getLinkedId(), e.getUniqueId(), e.getChannel())
                    .withValue(e.getBridgeUniqueId());
        } else if (event instanceof BridgeLeaveEvent e) {
            out = CallEvent.of(Type.BRIDGE_LEAVE, at, e.getLinkedId(), e.getUniqueId(), e.getChannel())
                    .withValue(e.getBridgeUniqueId());
        } else if (event instanceof BlindTransferEvent e) {
            out = CallEvent.of(Type.TRANSFER, at, e.getTransfereeLinkedId(), e.getTransfereeUniqueId(),
                    e.getTransfereeChannel()).withValue(e.getExtension());
        } else if (event instanceof AttendedTransferEvent e) {
            out = CallEvent.of(Type.TRANSFER, at, e.getTransfereeLinkedId(), e.getTransfereeUniqueid(),
                    e.getTransfereeChannel()).withPeer(e.getTransferTargetChannel());
        } else if (event instanceof VarSetEvent e) {
            out = CallEvent.of(Type.VAR_SET, at, e.getLinkedId(), e.getUniqueId(), e.getChannel())
                    .withVariable(e.getVariable(), e.getValue());
        } else if (event instanceof CdrEvent e) {
            out = CallEvent.of(Type.CDR, at, null, e.getUniqueId(), e.getChannel())
                    .withCaller(e.getSrc(), e.getDestination()).withValue(e.getDisposition());
        }
        return Optional.ofNullable(out);
    }

    /** A channel line of the CoreShowChannels answer. */
    public LiveChannel liveChannel(CoreShowChannelEvent e) {
        String bridge = e.getBridgeid();
        return new LiveChannel(e.getLinkedid(), e.getUniqueid(), e.getChannel(), e.getCallerIdNum(), e.getExten(),
                e.getApplication(), e.getApplicationdata(), bridge != null && !bridge.isBlank(),
                parseDuration(e.getDuration()));
    }

    /** A waiting caller of the QueueStatus answer. */
    public LiveQueueEntry queueEntry(QueueEntryEvent e) {
        long wait = e.getWait() == null ? 0 : e.getWait();
        return new LiveQueueEntry(e.getQueue(), e.getUniqueId(), e.getChannel(), Duration.ofSeconds(wait));
    }

    static Instant timeOf(ManagerEvent event, Instant receivedAt) {
        Double ts = event.getTimestamp();
        if (ts == null) {
            return receivedAt;
        }
        long micros = Math.round(ts * 1_000_000d);
        return Instant.ofEpochSecond(micros / 1_000_000, (micros % 1_000_000) * 1_000);
    }

    /** CoreShowChannels reports the age as {@code HH:MM:SS}. */
    static Duration parseDuration(String hms) {
        if (hms == null || hms.isBlank()) {
            return Duration.ZERO;
        }
        String[] p = hms.trim().split(":");
        try {
            long s = 0;
            for (String part : p) {
                s = s * 60 + Long.parseLong(part);
            }
            return Duration.ofSeconds(s);
        } catch (NumberFormatException e) {
            return Duration.ZERO;
        }
    }

    private static String linked(String linkedId, String destLinkedId) {
        return linkedId != null && !linkedId.isEmpty() ? linkedId : destLinkedId;
    }
}
