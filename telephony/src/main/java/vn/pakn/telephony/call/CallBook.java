package vn.pakn.telephony.call;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The call model: folds {@link CallEvent}s into one {@link CallSnapshot} per Linkedid and emits a snapshot on
 * every change. Not thread-safe by design: exactly one thread (the tracker's processor) calls it, so it needs no
 * locks and the order of events is the order on the wire.
 *
 * <p>Event order matters less than one might hope: in real Asterisk traffic QueueCallerLeave arrives
 * <em>before</em> AgentConnect, so leaving the queue decides nothing; the outcome is decided at hang-up of the
 * first channel (whose uniqueid is the Linkedid).
 */
public final class CallBook {

    /** Variable set by the callback Originate; its value is the callback task id. */
    public static final String VAR_CALLBACK = "PAKN_CALLBACK";
    /** Variable set by the callback Originate; the citizen's number. */
    public static final String VAR_CITIZEN = "PAKN_CITIZEN";
    /** Set by the out-of-hours IVR script to the recorded message file. */
    public static final String VAR_VOICEMAIL = "PAKN_VOICEMAIL";
    /** Set by app_voicemail when a message was left. */
    public static final String VAR_VM_MESSAGEFILE = "VM_MESSAGEFILE";
    /** Set by MixMonitor to the recording file. */
    public static final String VAR_MIXMONITOR = "MIXMONITOR_FILENAME";

    private static final int ENDED_MEMORY = 100_000;

    private final PhoneNumbers phones;
    private final Consumer<CallSnapshot> sink;
    private final Map<String, Call> active = new HashMap<>();
    private final Map<String, String> linkedByUniqueId = new HashMap<>();
    /** Linkedids that ended recently: late events and reconciliation must not bring them back. */
    private final Map<String, Boolean> ended = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > ENDED_MEMORY;
        }
    };
    private long sequence;
    private long reconcileMark = Long.MAX_VALUE;

    public CallBook(PhoneNumbers phones, Consumer<CallSnapshot> sink) {
        this.phones = Objects.requireNonNull(phones, "phones");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** Calls in progress, as snapshots. */
    public List<CallSnapshot> activeCalls() {
        List<CallSnapshot> out = new ArrayList<>(active.size());
        for (Call c : active.values()) {
            out.add(c.snapshot());
        }
        return out;
    }

    public Optional<CallSnapshot> find(String linkedId) {
        Call c = active.get(linkedId);
        return c == null ? Optional.empty() : Optional.of(c.snapshot());
    }

    public boolean hasEnded(String linkedId) {
        return ended.containsKey(linkedId);
    }

    /** Applies one event; unknown or irrelevant events are ignored. */
    public void apply(CallEvent e) {
        sequence++;
        String linkedId = e.linkedId() != null ? e.linkedId() : linkedByUniqueId.get(e.uniqueId());
        if (linkedId == null || linkedId.isEmpty() || ended.containsKey(linkedId)) {
            return;
        }
        Call call = active.get(linkedId);
        if (call == null) {
            if (e.type() == CallEvent.Type.HANGUP || e.type() == CallEvent.Type.CDR) {
                return; // a leg of a call we never saw: nothing to count
            }
            call = new Call(linkedId, e.at());
            active.put(linkedId, call);
        }
        call.lastSequence = sequence;
        if (e.uniqueId() != null && !e.uniqueId().isEmpty() && call.allChannels.add(e.uniqueId())) {
            linkedByUniqueId.put(e.uniqueId(), linkedId);
        }
        fold(call, e);
        publish(call);
    }

    /** Marks the start of a reconciliation: calls touched from now on are alive by evidence. */
    public void beginReconcile() {
        reconcileMark = ++sequence;
    }

    /**
     * Aligns the model with what Asterisk reports as live after a (re)connect: calls we track that are no longer
     * live ended while we were away (closed now, {@code reconciled}); live calls we do not know are added with times
     * reconstructed from the channel ages and queue waits. Calls already known are left alone, so nothing is
     * counted twice.
     */
    public void reconcile(Collection<LiveChannel> channels, Collection<LiveQueueEntry> entries, Instant now) {
        Map<String, List<LiveChannel>> byLinked = new HashMap<>();
        for (LiveChannel ch : channels) {
            String id = ch.linkedId() == null || ch.linkedId().isEmpty() ? ch.uniqueId() : ch.linkedId();
            byLinked.computeIfAbsent(id, k -> new ArrayList<>()).add(ch);
        }
        Map<String, LiveQueueEntry> entryByUniqueId = new HashMap<>();
        for (LiveQueueEntry q : entries) {
            entryByUniqueId.put(q.uniqueId(), q);
        }
        for (Call call : new ArrayList<>(active.values())) {
            if (!byLinked.containsKey(call.linkedId) && call.lastSequence < reconcileMark) {
                call.reconciled = true;
                end(call, now);
            }
        }
        for (Map.Entry<String, List<LiveChannel>> live : byLinked.entrySet()) {
            String linkedId = live.getKey();
            if (active.containsKey(linkedId) || ended.containsKey(linkedId)) {
                continue;
            }
            adopt(linkedId, live.getValue(), entryByUniqueId, now);
        }
        reconcileMark = Long.MAX_VALUE;
    }

    private void adopt(String linkedId, List<LiveChannel> legs, Map<String, LiveQueueEntry> entries, Instant now) {
        LiveChannel first = legs.stream().filter(l -> linkedId.equals(l.uniqueId())).findFirst().orElse(legs.get(0));
        Call call = new Call(linkedId, now.minus(first.age()));
        call.reconciled = true;
        call.citizenRaw = first.callerNum();
        call.dialled = first.exten();
        call.lastSequence = sequence;
        for (LiveChannel leg : legs) {
            call.liveChannels.add(leg.uniqueId());
            call.allChannels.add(leg.uniqueId());
            linkedByUniqueId.put(leg.uniqueId(), linkedId);
        }
        LiveQueueEntry waiting = entries.get(first.uniqueId());
        if (waiting != null) {
            call.queue = waiting.queue();
            call.offeredAt = now.minus(waiting.waited());
            call.phase = CallPhase.QUEUED;
        } else if ("Queue".equalsIgnoreCase(first.application())) {
            call.queue = firstToken(first.applicationData());
            call.offeredAt = call.startedAt;
            call.phase = CallPhase.QUEUED;
        }
        for (LiveChannel leg : legs) {
            if (leg != first && leg.bridged() && first.bridged()) {
                // the operator leg was created when its phone rang: its age bounds the talk time from above
                call.answeredAt = now.minus(leg.age());
                call.extension = Channels.extensionOf(leg.channel());
                call.phase = CallPhase.CONNECTED;
                if (call.offeredAt == null && "Queue".equalsIgnoreCase(first.application())) {
                    call.offeredAt = call.startedAt;
                }
            }
        }
        active.put(linkedId, call);
        publish(call);
    }

    private void fold(Call c, CallEvent e) {
        boolean primary = c.linkedId.equals(e.uniqueId());
        switch (e.type()) {
            case NEW_CHANNEL, NEW_STATE -> {
                c.liveChannels.add(e.uniqueId());
                if (primary && e.type() == CallEvent.Type.NEW_CHANNEL) {
                    c.startedAt = e.at();
                    c.primaryChannel = e.channel();
                    if (c.citizenRaw == null) {
                        c.citizenRaw = e.callerNum();
                    }
                    c.dialled = e.exten();
                } else if (primary && c.citizenRaw == null) {
                    c.citizenRaw = e.callerNum();
                    c.primaryChannel = e.channel();
                }
            }
            case QUEUE_JOIN -> {
                c.queue = e.queue();
                if (c.offeredAt == null) {
                    c.offeredAt = e.at();
                }
                if (c.answeredAt == null) {
                    c.phase = CallPhase.QUEUED;
                }
                if (c.citizenRaw == null) {
                    c.citizenRaw = e.callerNum();
                }
            }
            case QUEUE_LEAVE -> {
                if (c.queueLeftAt == null) {
                    c.queueLeftAt = e.at();
                }
            }
            case QUEUE_ABANDON -> {
                c.queue = e.queue() != null ? e.queue() : c.queue;
                c.abandoned = true;
                if (c.queueLeftAt == null) {
                    c.queueLeftAt = e.at();
                }
            }
            case AGENT_CALLED, BRIDGE_LEAVE, CDR -> {
                if (e.type() == CallEvent.Type.CDR && c.dialled == null) {
                    c.dialled = e.exten();
                }
            }
            case AGENT_CONNECT -> {
                if (c.answeredAt == null) {
                    c.answeredAt = e.at();
                }
                c.queue = e.queue() != null ? e.queue() : c.queue;
                c.agent = e.member();
                c.extension = Channels.extensionOf(e.peerChannel() != null ? e.peerChannel() : e.member());
                c.phase = CallPhase.CONNECTED;
            }
            case AGENT_COMPLETE -> {
                if ("transfer".equalsIgnoreCase(e.value())) {
                    c.transferred = true;
                }
            }
            case DIAL_BEGIN -> {
                if (c.direction == CallDirection.CALLBACK && c.dialled == null) {
                    c.dialled = e.exten();
                }
            }
            case DIAL_END -> {
                // a Dial from an existing channel that was answered; Originate's own dial has no caller channel
                if ("ANSWER".equalsIgnoreCase(e.value()) && e.channel() != null && !e.channel().isEmpty()) {
                    if (c.answeredAt == null) {
                        c.answeredAt = e.at();
                        if (c.extension == null && c.direction == CallDirection.INBOUND) {
                            c.extension = Channels.extensionOf(e.peerChannel());
                        }
                    }
                    c.phase = CallPhase.CONNECTED;
                }
            }
            case BRIDGE_ENTER -> {
                c.liveChannels.add(e.uniqueId());
                if (!primary && c.direction == CallDirection.INBOUND && c.answeredAt != null) {
                    String ext = Channels.extensionOf(e.channel());
                    if (c.extension == null) {
                        c.extension = ext;
                    } else if (ext != null && !ext.equals(c.extension) && !isAgentLeg(c, e.channel())) {
                        c.extension = ext;
                        c.transferred = true;
                    }
                }
            }
            case TRANSFER -> c.transferred = true;
            case HANGUP -> {
                c.liveChannels.remove(e.uniqueId());
                if (primary) {
                    end(c, e.at());
                }
            }
            case VAR_SET -> variable(c, e);
            default -> {
                // no other types exist; the switch is exhaustive by intent
            }
        }
    }

    private boolean isAgentLeg(Call c, String channel) {
        // a Local/101@agents;2 leg and the PJSIP/101 phone behind it are the same operator
        return c.agent != null && Channels.extensionOf(c.agent) != null && Channels.extensionOf(c.agent).equals(Channels.extensionOf(channel));
    }

    private void variable(Call c, CallEvent e) {
        String name = e.variable();
        String value = e.value();
        if (name == null || value == null || value.isEmpty()) {
            return;
        }
        switch (name) {
            case VAR_MIXMONITOR -> c.recording = value;
            case VAR_VOICEMAIL, VAR_VM_MESSAGEFILE -> {
                c.voicemail = true;
                c.recording = value;
            }
            case VAR_CALLBACK -> {
                c.direction = CallDirection.CALLBACK;
                c.callbackTaskId = value;
                if (c.extension == null) {
                    c.extension = Channels.extensionOf(e.channel());
                }
            }
            case VAR_CITIZEN -> {
                c.citizenRaw = value;
                c.dialled = value;
            }
            default -> {
                // other dialplan variables are not part of the call model
            }
        }
    }

    private void end(Call c, Instant at) {
        c.endedAt = at;
        c.phase = CallPhase.ENDED;
        if (c.direction == CallDirection.CALLBACK) {
            c.outcome = CallOutcome.CALLBACK;
        } else if (c.voicemail) {
            c.outcome = CallOutcome.VOICEMAIL;
        } else if (c.answeredAt != null) {
            c.outcome = CallOutcome.ANSWERED;
        } else if (c.offeredAt != null || c.abandoned) {
            c.outcome = CallOutcome.ABANDONED;
        } else {
            c.outcome = CallOutcome.SELF_SERVICE;
        }
        active.remove(c.linkedId);
        ended.put(c.linkedId, Boolean.TRUE);
        for (String uid : c.allChannels) {
            linkedByUniqueId.remove(uid);
        }
        publish(c);
    }

    private void publish(Call c) {
        CallSnapshot s = c.snapshot();
        if (!s.equals(c.lastPublished)) {
            c.lastPublished = s;
            sink.accept(s);
        }
    }

    private static String firstToken(String data) {
        if (data == null) {
            return null;
        }
        int comma = data.indexOf(',');
        return comma < 0 ? data : data.substring(0, comma);
    }

    /** Mutable working state of one call; only {@link #snapshot()} leaves this class. */
    private final class Call {
        final String linkedId;
        final Set<String> liveChannels = new HashSet<>(4);
        final Set<String> allChannels = new HashSet<>(4);
        CallDirection direction = CallDirection.INBOUND;
        String citizenRaw;
        String dialled;
        String queue;
        String agent;
        String extension;
        String primaryChannel;
        Instant startedAt;
        Instant offeredAt;
        Instant queueLeftAt;
        Instant answeredAt;
        Instant endedAt;
        CallPhase phase = CallPhase.IVR;
        CallOutcome outcome;
        String recording;
        boolean transferred;
        boolean abandoned;
        boolean voicemail;
        String callbackTaskId;
        boolean reconciled;
        long lastSequence;
        CallSnapshot lastPublished;
        private String normalisedFor;
        private String normalised;

        Call(String linkedId, Instant firstSeen) {
            this.linkedId = linkedId;
            this.startedAt = firstSeen;
        }

        CallSnapshot snapshot() {
            Duration wait = null;
            if (offeredAt != null) {
                Instant waitEnd = answeredAt != null ? answeredAt : queueLeftAt != null ? queueLeftAt : endedAt;
                wait = waitEnd == null ? null : nonNegative(Duration.between(offeredAt, waitEnd));
            }
            Duration talk = answeredAt != null && endedAt != null ? nonNegative(Duration.between(answeredAt, endedAt))
                    : null;
            String raw = citizenRaw == null ? "" : citizenRaw;
            if (!raw.equals(normalisedFor)) { // libphonenumber is the costly part of a snapshot: parse once
                normalised = phones.normalise(raw);
                normalisedFor = raw;
            }
            return new CallSnapshot(linkedId, direction, normalised, raw, dialled, queue, agent, extension,
                    startedAt, offeredAt, answeredAt, endedAt, wait, talk, phase, outcome, recording, transferred,
                    callbackTaskId, reconciled);
        }
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
