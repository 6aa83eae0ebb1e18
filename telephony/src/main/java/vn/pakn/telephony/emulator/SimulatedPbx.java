package vn.pakn.telephony.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The simulated Asterisk: live channels, queues with members and waiting callers, and the AMI events every change
 * raises. Field sets follow the Asterisk 16–22 documentation of each event: a channel snapshot block
 * ({@code Channel … Linkedid}) and, for two-party events, the same block prefixed {@code Dest}.
 */
public final class SimulatedPbx {

    private final AtomicLong uniqueSeq = new AtomicLong(1);
    private final AtomicLong channelSeq = new AtomicLong(0x100);
    private final AtomicLong bridgeSeq = new AtomicLong(1);
    private final long epoch;
    private final boolean timestamps;
    private final Map<String, PbxChannel> channels = new ConcurrentHashMap<>();
    /** queue → interface → member. */
    private final Map<String, Map<String, Member>> queues = new ConcurrentHashMap<>();
    /** queue → waiting callers in order. */
    private final Map<String, List<Waiting>> waiting = new ConcurrentHashMap<>();
    private final List<Consumer<AmiBlock>> listeners = new CopyOnWriteArrayList<>();

    static final class Member {
        final String iface;
        final String name;
        volatile boolean paused;
        volatile String pausedReason = "";
        volatile int status = 1;
        volatile int callsTaken;
        volatile int inCall;

        Member(String iface, String name) {
            this.iface = iface;
            this.name = name;
        }
    }

    record Waiting(PbxChannel channel, Instant since) {
    }

    public SimulatedPbx(boolean timestamps) {
        this(timestamps, Instant.now().getEpochSecond());
    }

    /**
     * @param uniqueIdEpoch first part of every uniqueid ({@code epoch.sequence}, as Asterisk forms them); two PBXs
     *                      with different epochs never produce the same Linkedid, like an Asterisk after a restart
     */
    public SimulatedPbx(boolean timestamps, long uniqueIdEpoch) {
        this.timestamps = timestamps;
        this.epoch = uniqueIdEpoch;
        addMember("hotline", "PJSIP/101", "Operator 101");
        addMember("hotline", "PJSIP/102", "Operator 102");
        addMember("hotline", "PJSIP/103", "Operator 103");
    }

    /** Receives every event in wire form; e.g. to record a transcript or to pre-render load for a benchmark. */
    public void onEvent(Consumer<String> wireListener) {
        listeners.add(b -> wireListener.accept(b.render()));
    }

    void addListener(Consumer<AmiBlock> l) {
        listeners.add(l);
    }

    void removeListener(Consumer<AmiBlock> l) {
        listeners.remove(l);
    }

    public void addMember(String queue, String iface, String name) {
        queues.computeIfAbsent(queue, q -> new ConcurrentHashMap<>()).put(iface, new Member(iface, name));
        waiting.computeIfAbsent(queue, q -> new CopyOnWriteArrayList<>());
    }

    public int liveChannels() {
        return channels.size();
    }

    // ---- channel life ---------------------------------------------------------------------------------------

    /** A new channel; {@code linkedTo} null for the first channel of a call (its uniqueid becomes the Linkedid). */
    public PbxChannel newChannel(Instant at, String device, String callerNum, String callerName, String context,
            String exten, PbxChannel linkedTo) {
        String uid = epoch + "." + uniqueSeq.getAndIncrement();
        String name = device + "-" + String.format("%08x", channelSeq.getAndIncrement());
        PbxChannel ch = new PbxChannel(name, uid, linkedTo == null ? uid : linkedTo.linkedId, callerNum, callerName,
                context, exten, at);
        channels.put(uid, ch);
        emit(event("Newchannel", "call,all", at).channel("", ch));
        return ch;
    }

    public void newState(Instant at, PbxChannel ch, int state) {
        ch.state = state;
        emit(event("Newstate", "call,all", at).channel("", ch));
    }

    public void setApplication(PbxChannel ch, String app, String data) {
        ch.application = app;
        ch.applicationData = data;
    }

    public void varSet(Instant at, PbxChannel ch, String variable, String value) {
        emit(event("VarSet", "dialplan,all", at).channel("", ch).add("Variable", variable).add("Value", value));
    }

    public void hangup(Instant at, PbxChannel ch, int cause, String causeText) {
        channels.remove(ch.uniqueId);
        emit(event("Hangup", "call,all", at).channel("", ch).add("Cause", cause).add("Cause-txt", causeText));
    }

    /**
     * The {@code Cdr} event of cdr_manager for a finished channel (times in the PBX's local format, as Asterisk
     * prints them; Cdr carries the Uniqueid but no Linkedid).
     */
    public void cdr(Instant at, PbxChannel ch, String destChannel, Instant answeredAt, String disposition) {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneOffset.UTC);
        long duration = Duration.between(ch.createdAt, at).toSeconds();
        long billable = answeredAt == null ? 0 : Duration.between(answeredAt, at).toSeconds();
        emit(AmiBlock.of("Event", "Cdr").add("Privilege", "cdr,all").add("AccountCode", "")
                .add("Source", ch.callerNum).add("Destination", ch.exten).add("DestinationContext", ch.context)
                .add("CallerID", "\"\" <" + ch.callerNum + ">").add("Channel", ch.name)
                .add("DestinationChannel", destChannel == null ? "" : destChannel)
                .add("LastApplication", ch.application).add("LastData", ch.applicationData)
                .add("StartTime", f.format(ch.createdAt)).add("AnswerTime", answeredAt == null ? "" : f.format(answeredAt))
                .add("EndTime", f.format(at)).add("Duration", duration).add("BillableSeconds", billable)
                .add("Disposition", disposition).add("AMAFlags", "DOCUMENTATION").add("UniqueID", ch.uniqueId)
                .add("UserField", ""));
    }

    // ---- dial and bridge ------------------------------------------------------------------------------------

    /** {@code caller} null for the dial that Originate makes (Asterisk then sends only the Dest block). */
    public void dialBegin(Instant at, PbxChannel caller, PbxChannel dest, String dialString) {
        emit(event("DialBegin", "call,all", at).channel("", caller).channel("Dest", dest)
                .add("DialString", dialString));
    }

    public void dialEnd(Instant at, PbxChannel caller, PbxChannel dest, String status) {
        emit(event("DialEnd", "call,all", at).channel("", caller).channel("Dest", dest).add("DialStatus", status));
    }

    public String bridge(Instant at, PbxChannel a, PbxChannel b) {
        String id = String.format("%08x-0000-4000-8000-%012x", epoch, bridgeSeq.getAndIncrement());
        emit(bridgeEvent("BridgeCreate", at, id, 0));
        enter(at, id, a, 1);
        enter(at, id, b, 2);
        return id;
    }

    public void enter(Instant at, String bridgeId, PbxChannel ch, int count) {
        ch.bridgeId = bridgeId;
        emit(bridgeEvent("BridgeEnter", at, bridgeId, count).channel("", ch));
    }

    public void leave(Instant at, String bridgeId, PbxChannel ch, int remaining) {
        ch.bridgeId = "";
        emit(bridgeEvent("BridgeLeave", at, bridgeId, remaining).channel("", ch));
    }

    public void unbridge(Instant at, String bridgeId, PbxChannel a, PbxChannel b) {
        leave(at, bridgeId, a, 1);
        leave(at, bridgeId, b, 0);
        emit(bridgeEvent("BridgeDestroy", at, bridgeId, 0));
    }

    public void blindTransfer(Instant at, String bridgeId, PbxChannel transferer, PbxChannel transferee,
            String context, String exten) {
        emit(event("BlindTransfer", "call,all", at).add("Result", "Success").channel("Transferer", transferer)
                .channel("Transferee", transferee).add("BridgeUniqueid", bridgeId).add("BridgeType", "basic")
                .add("BridgeTechnology", "simple_bridge").add("BridgeCreator", "<unknown>")
                .add("BridgeName", "<unknown>").add("BridgeNumChannels", 2).add("BridgeVideoSourceMode", "none")
                .add("IsExternal", "No").add("Context", context).add("Extension", exten));
    }

    // ---- queue ----------------------------------------------------------------------------------------------

    public void queueJoin(Instant at, PbxChannel ch, String queue) {
        List<Waiting> list = waiting.computeIfAbsent(queue, q -> new CopyOnWriteArrayList<>());
        list.add(new Waiting(ch, at));
        setApplication(ch, "Queue", queue + ",t,,,300");
        emit(event("QueueCallerJoin", "agent,all", at).channel("", ch).add("Queue", queue)
                .add("Position", list.size()).add("Count", list.size()));
    }

    public void queueLeave(Instant at, PbxChannel ch, String queue) {
        List<Waiting> list = waiting.getOrDefault(queue, List.of());
        int pos = position(list, ch);
        list.removeIf(w -> w.channel == ch);
        emit(event("QueueCallerLeave", "agent,all", at).channel("", ch).add("Queue", queue).add("Count", list.size())
                .add("Position", pos));
    }

    /** HoldTime is documented in seconds; Asterisk sends the time in queue. */
    public void queueAbandon(Instant at, PbxChannel ch, String queue) {
        List<Waiting> list = waiting.getOrDefault(queue, List.of());
        int pos = position(list, ch);
        Instant since = list.stream().filter(w -> w.channel == ch).map(Waiting::since).findFirst().orElse(at);
        emit(event("QueueCallerAbandon", "agent,all", at).channel("", ch).add("Queue", queue).add("Position", pos)
                .add("OriginalPosition", pos).add("HoldTime", Duration.between(since, at).toSeconds()));
    }

    public void agentCalled(Instant at, PbxChannel caller, PbxChannel agent, String queue, String iface) {
        member(queue, iface).ifPresent(m -> {
            m.status = 6;
            memberStatus(at, queue, m);
        });
        emit(event("AgentCalled", "agent,all", at).channel("", caller).channel("Dest", agent).add("Queue", queue)
                .add("MemberName", memberName(queue, iface)).add("Interface", iface));
    }

    public void agentRingNoAnswer(Instant at, PbxChannel caller, PbxChannel agent, String queue, String iface,
            Duration rang) {
        emit(event("AgentRingNoAnswer", "agent,all", at).channel("", caller).channel("Dest", agent)
                .add("Queue", queue).add("MemberName", memberName(queue, iface)).add("Interface", iface)
                .add("RingTime", rang.toMillis()));
    }

    public void agentConnect(Instant at, PbxChannel caller, PbxChannel agent, String queue, String iface,
            Duration hold, Duration ring) {
        member(queue, iface).ifPresent(m -> {
            m.status = 2;
            m.inCall = 1;
            memberStatus(at, queue, m);
        });
        emit(event("AgentConnect", "agent,all", at).channel("", caller).channel("Dest", agent).add("Queue", queue)
                .add("MemberName", memberName(queue, iface)).add("Interface", iface)
                .add("HoldTime", hold.toSeconds()).add("RingTime", ring.toSeconds()));
    }

    public void agentComplete(Instant at, PbxChannel caller, PbxChannel agent, String queue, String iface,
            Duration hold, Duration talk, String reason) {
        member(queue, iface).ifPresent(m -> {
            m.status = 1;
            m.inCall = 0;
            m.callsTaken++;
            memberStatus(at, queue, m);
        });
        emit(event("AgentComplete", "agent,all", at).channel("", caller).channel("Dest", agent).add("Queue", queue)
                .add("MemberName", memberName(queue, iface)).add("Interface", iface)
                .add("HoldTime", hold.toSeconds()).add("TalkTime", talk.toSeconds()).add("Reason", reason));
    }

    /** Answers QueuePause; false when the interface is not a member (Asterisk: "Interface not found"). */
    boolean pause(Instant at, String queue, String iface, boolean paused, String reason) {
        boolean found = false;
        for (Map.Entry<String, Map<String, Member>> q : queues.entrySet()) {
            if (queue != null && !queue.isEmpty() && !q.getKey().equals(queue)) {
                continue;
            }
            Member m = q.getValue().get(iface);
            if (m != null) {
                found = true;
                m.paused = paused;
                m.pausedReason = reason == null ? "" : reason;
                emit(memberBlock("QueueMemberPause", at, q.getKey(), m));
            }
        }
        return found;
    }

    boolean isPaused(String queue, String iface) {
        Member m = queues.getOrDefault(queue, Map.of()).get(iface);
        return m != null && m.paused;
    }

    // ---- answers to list actions ----------------------------------------------------------------------------

    List<AmiBlock> coreShowChannels(String actionId, Instant now) {
        List<AmiBlock> out = new ArrayList<>();
        for (PbxChannel ch : channels.values()) {
            long secs = Math.max(0, Duration.between(ch.createdAt, now).toSeconds());
            out.add(AmiBlock.of("Event", "CoreShowChannel").addIfPresent("ActionID", actionId)
                    .add("Channel", ch.name).add("ChannelState", ch.state)
                    .add("ChannelStateDesc", PbxChannel.stateDesc(ch.state)).add("CallerIDNum", ch.callerNum)
                    .add("CallerIDName", ch.callerName).add("ConnectedLineNum", ch.connectedNum)
                    .add("ConnectedLineName", ch.connectedName).add("Language", "vi").add("AccountCode", "")
                    .add("Context", ch.context).add("Exten", ch.exten).add("Priority", ch.priority)
                    .add("Uniqueid", ch.uniqueId).add("Linkedid", ch.linkedId).add("BridgeId", ch.bridgeId)
                    .add("Application", ch.application).add("ApplicationData", ch.applicationData)
                    .add("Duration", String.format("%02d:%02d:%02d", secs / 3600, secs / 60 % 60, secs % 60)));
        }
        return out;
    }

    List<AmiBlock> queueStatus(String actionId, String onlyQueue, Instant now) {
        List<AmiBlock> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Member>> q : queues.entrySet()) {
            String queue = q.getKey();
            if (onlyQueue != null && !onlyQueue.isEmpty() && !onlyQueue.equals(queue)) {
                continue;
            }
            List<Waiting> list = waiting.getOrDefault(queue, List.of());
            out.add(AmiBlock.of("Event", "QueueParams").addIfPresent("ActionID", actionId).add("Queue", queue)
                    .add("Max", 0).add("Strategy", "rrmemory").add("Calls", list.size()).add("Holdtime", 0)
                    .add("TalkTime", 0).add("Completed", 0).add("Abandoned", 0).add("ServiceLevel", 20)
                    .add("ServicelevelPerf", "0.0").add("ServicelevelPerf2", "0.0").add("Weight", 0));
            for (Member m : q.getValue().values()) {
                out.add(AmiBlock.of("Event", "QueueMember").addIfPresent("ActionID", actionId).add("Queue", queue)
                        .add("Name", m.name).add("Location", m.iface).add("StateInterface", m.iface)
                        .add("Membership", "static").add("Penalty", 0).add("CallsTaken", m.callsTaken)
                        .add("LastCall", 0).add("LastPause", 0).add("LoginTime", epoch).add("InCall", m.inCall)
                        .add("Status", m.status).add("Paused", m.paused ? 1 : 0).add("PausedReason", m.pausedReason)
                        .add("Wrapuptime", 0));
            }
            int pos = 1;
            for (Waiting w : list) {
                PbxChannel ch = w.channel;
                out.add(AmiBlock.of("Event", "QueueEntry").addIfPresent("ActionID", actionId).add("Queue", queue)
                        .add("Position", pos++).add("Channel", ch.name).add("Uniqueid", ch.uniqueId)
                        .add("CallerIDNum", ch.callerNum).add("CallerIDName", ch.callerName)
                        .add("ConnectedLineNum", ch.connectedNum).add("ConnectedLineName", ch.connectedName)
                        .add("Wait", Math.max(0, Duration.between(w.since, now).toSeconds())).add("Priority", 0));
            }
        }
        return out;
    }

    // ---- event building -------------------------------------------------------------------------------------

    private void memberStatus(Instant at, String queue, Member m) {
        emit(memberBlock("QueueMemberStatus", at, queue, m));
    }

    private AmiBlock memberBlock(String name, Instant at, String queue, Member m) {
        return event(name, "agent,all", at).add("Queue", queue).add("MemberName", m.name).add("Interface", m.iface)
                .add("StateInterface", m.iface).add("Membership", "static").add("Penalty", 0)
                .add("CallsTaken", m.callsTaken).add("LastCall", 0).add("LastPause", 0).add("LoginTime", epoch)
                .add("InCall", m.inCall).add("Status", m.status).add("Paused", m.paused ? 1 : 0)
                .add("PausedReason", m.pausedReason).add("Ringinuse", 0).add("Wrapuptime", 0).block;
    }

    private EventBuilder bridgeEvent(String name, Instant at, String id, int count) {
        return event(name, "call,all", at).add("BridgeUniqueid", id).add("BridgeType", "basic")
                .add("BridgeTechnology", "simple_bridge").add("BridgeCreator", "<unknown>")
                .add("BridgeName", "<unknown>").add("BridgeNumChannels", count).add("BridgeVideoSourceMode", "none");
    }

    private java.util.Optional<Member> member(String queue, String iface) {
        return java.util.Optional.ofNullable(queues.getOrDefault(queue, Map.of()).get(iface));
    }

    private String memberName(String queue, String iface) {
        return member(queue, iface).map(m -> m.name).orElse(iface);
    }

    private static int position(List<Waiting> list, PbxChannel ch) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).channel == ch) {
                return i + 1;
            }
        }
        return 0;
    }

    private EventBuilder event(String name, String privilege, Instant at) {
        EventBuilder b = new EventBuilder(AmiBlock.of("Event", name).add("Privilege", privilege));
        if (timestamps) {
            // timestampevents=yes in manager.conf: seconds with microseconds
            b.add("Timestamp", String.format("%d.%06d", at.getEpochSecond(), at.getNano() / 1000));
        }
        return b;
    }

    private void emit(EventBuilder b) {
        emit(b.block);
    }

    void emit(AmiBlock block) {
        for (Consumer<AmiBlock> l : listeners) {
            l.accept(block);
        }
    }

    /** Adds fields fluently, including the documented channel snapshot block. */
    static final class EventBuilder {
        final AmiBlock block;

        EventBuilder(AmiBlock block) {
            this.block = block;
        }

        EventBuilder add(String key, Object value) {
            block.add(key, value);
            return this;
        }

        /** The {@code <channel_snapshot/>} block of the Asterisk documentation, with an optional prefix. */
        EventBuilder channel(String prefix, PbxChannel ch) {
            if (ch == null) {
                return this;
            }
            return add(prefix + "Channel", ch.name).add(prefix + "ChannelState", ch.state)
                    .add(prefix + "ChannelStateDesc", PbxChannel.stateDesc(ch.state))
                    .add(prefix + "CallerIDNum", ch.callerNum).add(prefix + "CallerIDName", ch.callerName)
                    .add(prefix + "ConnectedLineNum", ch.connectedNum)
                    .add(prefix + "ConnectedLineName", ch.connectedName).add(prefix + "Language", "vi")
                    .add(prefix + "AccountCode", "").add(prefix + "Context", ch.context)
                    .add(prefix + "Exten", ch.exten).add(prefix + "Priority", ch.priority)
                    .add(prefix + "Uniqueid", ch.uniqueId).add(prefix + "Linkedid", ch.linkedId);
        }
    }
}
