package vn.pakn.telephony.ami;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.ManagerEventListener;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.FilterAction;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.ResponseEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import vn.pakn.telephony.AmiAuthenticationException;
import vn.pakn.telephony.TelephonyException;
import vn.pakn.telephony.TelephonySettings;
import vn.pakn.telephony.call.CallBook;
import vn.pakn.telephony.call.CallSnapshot;
import vn.pakn.telephony.call.LiveChannel;
import vn.pakn.telephony.call.LiveQueueEntry;
import vn.pakn.telephony.call.PhoneNumbers;

/** {@link CallTracker} over one asterisk-java event connection. */
final class AmiCallTracker implements CallTracker {

    private static final System.Logger LOG = System.getLogger(AmiCallTracker.class.getName());
    private static final Duration STATE_POLL = Duration.ofMillis(100);
    /** Whitelist regexes (POSIX extended, matched against the whole event text by Asterisk). */
    static final List<String> EVENT_WHITELIST = List.of(
            "Event: (Newchannel|Newstate|Hangup|QueueCaller(Join|Leave|Abandon)|Agent(Called|Connect|Complete)"
                    + "|Dial(Begin|End)|Bridge(Enter|Leave)|BlindTransfer|AttendedTransfer|Cdr|OriginateResponse)",
            "Variable: (MIXMONITOR_FILENAME|VM_MESSAGEFILE|PAKN_)");

    private final TelephonySettings settings;
    private final Executor executor;
    private final Consumer<CallSnapshot> sink;
    private final Consumer<AmiConnectionState> stateListener;
    private final Clock clock;
    private final AmiEventMapper mapper = new AmiEventMapper();
    private final AmiConnector connector;
    private final BlockingQueue<Object> queue;
    private final ConcurrentHashMap<String, CallSnapshot> active = new ConcurrentHashMap<>();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong logins = new AtomicLong();
    private final AtomicLong reconciliations = new AtomicLong();
    private final AtomicLong reconcileIds = new AtomicLong();
    private final CountDownLatch stopped = new CountDownLatch(2);
    private final Object connectedSignal = new Object();
    private volatile AmiConnectionState state = AmiConnectionState.STOPPED;
    private volatile boolean running;
    private volatile ManagerConnection connection;
    private volatile boolean resyncWanted;

    AmiCallTracker(TelephonySettings settings, Executor executor, Consumer<CallSnapshot> sink,
            Consumer<AmiConnectionState> stateListener, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.stateListener = Objects.requireNonNull(stateListener, "stateListener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.connector = new AmiConnector(settings);
        this.queue = new ArrayBlockingQueue<>(settings.eventQueueCapacity());
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        executor.execute(this::processLoop);
        executor.execute(this::superviseLoop);
    }

    @Override
    public void close() {
        running = false;
        AmiConnector.quietlyClose(connection);
        try {
            stopped.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        setState(AmiConnectionState.STOPPED);
    }

    @Override
    public AmiConnectionState connectionState() {
        return state;
    }

    @Override
    public List<CallSnapshot> activeCalls() {
        return List.copyOf(active.values());
    }

    @Override
    public Optional<CallSnapshot> activeCall(String linkedId) {
        return Optional.ofNullable(active.get(linkedId));
    }

    @Override
    public TrackerStats stats() {
        return new TrackerStats(received.get(), processed.get(), dropped.get(), logins.get(), reconciliations.get(),
                queue.size());
    }

    @Override
    public boolean awaitConnected(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (connectedSignal) {
            while (state != AmiConnectionState.CONNECTED) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(connectedSignal, left);
            }
        }
        return true;
    }

    @Override
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processed.get() + dropped.get() < received.get() || !queue.isEmpty() || processing) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    // ---- reader thread: only enqueue -------------------------------------------------------------------------

    private final class ReaderListener implements ManagerEventListener {
        private final CountDownLatch disconnected;

        ReaderListener(CountDownLatch disconnected) {
            this.disconnected = disconnected;
        }

        @Override
        public void onManagerEvent(ManagerEvent event) {
            if (event instanceof DisconnectEvent) {
                disconnected.countDown();
                return;
            }
            if (event instanceof ConnectEvent || event instanceof ResponseEvent) {
                // ConnectEvent after asterisk-java's own quick reconnect: state must be reconciled again
                if (event instanceof ConnectEvent && logins.get() > 0) {
                    resyncWanted = true;
                }
                return; // list answers reach us through the action callbacks, in wire order
            }
            received.incrementAndGet();
            if (!queue.offer(new Received(event, clock.instant()))) {
                dropped.incrementAndGet();
                resyncWanted = true; // never block the reader: drop, and let a reconciliation repair the model
            }
        }
    }

    private record Received(ManagerEvent event, Instant at) {
    }

    private record ReconcileStart(long id, long droppedBefore) {
    }

    private record Channels(long id, List<LiveChannel> channels) {
    }

    private record Entries(long id, List<LiveQueueEntry> entries) {
    }

    // ---- processor: the only thread touching the CallBook -----------------------------------------------------

    private volatile boolean processing;

    private void processLoop() {
        CallBook book = new CallBook(new PhoneNumbers(settings.defaultRegion()), this::emit);
        Reconcile pending = null;
        try {
            while (running) {
                Object item = queue.poll(50, TimeUnit.MILLISECONDS);
                if (item == null) {
                    continue;
                }
                processing = true;
                try {
                    if (item instanceof Received r) {
                        mapper.map(r.event(), r.at()).ifPresent(book::apply);
                        processed.incrementAndGet();
                    } else if (item instanceof ReconcileStart s) {
                        book.beginReconcile();
                        pending = new Reconcile(s.id(), s.droppedBefore());
                    } else if (item instanceof Channels c && pending != null && pending.id == c.id()) {
                        pending.channels = c.channels();
                    } else if (item instanceof Entries en && pending != null && pending.id == en.id()) {
                        pending.entries = en.entries();
                    }
                    if (pending != null && pending.channels != null && pending.entries != null) {
                        if (dropped.get() == pending.droppedBefore) {
                            book.reconcile(pending.channels, pending.entries, clock.instant());
                            reconciliations.incrementAndGet();
                        } else {
                            resyncWanted = true; // part of the answer may have been dropped: ask again
                        }
                        pending = null;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "PAKN-TEL-0010 call model failed on an event; continuing", e);
                } finally {
                    processing = false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    private static final class Reconcile {
        final long id;
        final long droppedBefore;
        List<LiveChannel> channels;
        List<LiveQueueEntry> entries;

        Reconcile(long id, long droppedBefore) {
            this.id = id;
            this.droppedBefore = droppedBefore;
        }
    }

    private void emit(CallSnapshot s) {
        if (s.isEnded()) {
            active.remove(s.linkedId());
        } else {
            active.put(s.linkedId(), s);
        }
        try {
            sink.accept(s);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "PAKN-TEL-0011 call sink threw for " + s.linkedId() + "; the call model goes on", e);
        }
    }

    // ---- supervisor: login, back-off, reconciliation ---------------------------------------------------------

    private void superviseLoop() {
        Duration backoff = settings.reconnectInitial();
        try {
            while (running) {
                CountDownLatch disconnected = new CountDownLatch(1);
                setState(AmiConnectionState.CONNECTING);
                // mark before logging in: any event of the new session proves its call is alive, even one that
                // arrives before our CoreShowChannels request
                long syncId = reconcileIds.incrementAndGet();
                queue.put(new ReconcileStart(syncId, dropped.get()));
                try {
                    connection = connector.login("on", new ReaderListener(disconnected));
                } catch (AmiAuthenticationException e) {
                    LOG.log(Level.ERROR, e.getMessage());
                    setState(AmiConnectionState.AUTHENTICATION_FAILED);
                    sleep(settings.reconnectMax());
                    continue;
                } catch (TelephonyException e) {
                    LOG.log(Level.WARNING, e.getMessage() + "; next attempt in " + backoff.toMillis() + " ms");
                    setState(AmiConnectionState.RECONNECTING);
                    sleep(jitter(backoff));
                    backoff = min(backoff.multipliedBy(2), settings.reconnectMax());
                    continue;
                }
                logins.incrementAndGet();
                backoff = settings.reconnectInitial();
                installEventFilters(connection);
                resyncWanted = false;
                sendReconcileActions(syncId);
                setState(AmiConnectionState.CONNECTED);
                watch(disconnected);
                AmiConnector.quietlyClose(connection);
                connection = null;
                if (running) {
                    LOG.log(Level.WARNING, "PAKN-TEL-0004 AMI connection lost; reconnecting in "
                            + backoff.toMillis() + " ms");
                    setState(AmiConnectionState.RECONNECTING);
                    sleep(jitter(backoff));
                    backoff = min(backoff.multipliedBy(2), settings.reconnectMax());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            AmiConnector.quietlyClose(connection);
            stopped.countDown();
        }
    }

    /** Returns when the connection is gone; meanwhile runs the reconciliations that drops or reconnects asked for. */
    private void watch(CountDownLatch disconnected) throws InterruptedException {
        while (running) {
            if (disconnected.await(STATE_POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            ManagerConnection c = connection;
            if (c == null || c.getState() != ManagerConnectionState.CONNECTED) {
                return;
            }
            if (resyncWanted) {
                resyncWanted = false;
                requestReconcile();
            }
        }
    }

    private void requestReconcile() throws InterruptedException {
        ManagerConnection c = connection;
        if (c == null) {
            return;
        }
        long id = reconcileIds.incrementAndGet();
        queue.put(new ReconcileStart(id, dropped.get())); // supervisor may wait here; the reader never does
        sendReconcileActions(id);
    }

    private void sendReconcileActions(long id) {
        ManagerConnection c = connection;
        if (c == null) {
            return;
        }
        try {
            CoreShowChannelsAction channels = new CoreShowChannelsAction();
            channels.setActionId("pakn-sync-" + id + "-channels");
            c.sendEventGeneratingAction(channels, answer -> enqueueFromReader(new Channels(id, channels(answer))));
            QueueStatusAction status = new QueueStatusAction();
            status.setActionId("pakn-sync-" + id + "-queues");
            c.sendEventGeneratingAction(status, answer -> enqueueFromReader(new Entries(id, entries(answer))));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "PAKN-TEL-0005 reconciliation request failed: " + e.getMessage());
        }
    }

    /**
     * Asks Asterisk to send only the events the call model uses (manager "Filter" whitelist). In real traffic that is
     * about one event in ten (Newexten, RTCP, DeviceStateChange and most VarSets go away), so the reader parses far
     * less. Asterisk refuses it to users without the "system" write class; then everything still works, only slower.
     */
    private void installEventFilters(ManagerConnection c) {
        for (String filter : EVENT_WHITELIST) {
            try {
                ManagerResponse r = c.sendAction(new FilterAction(filter), settings.responseTimeout().toMillis());
                if (r instanceof ManagerError) {
                    LOG.log(Level.INFO, "PAKN-TEL-0006 Asterisk refused the event filter (" + r.getMessage()
                            + "); receiving all events");
                    return;
                }
            } catch (Exception e) {
                LOG.log(Level.INFO, "PAKN-TEL-0006 event filter not installed: " + e.getMessage());
                return;
            }
        }
    }

    /** Called on the reader thread when the list is complete, so it lands in the queue in wire order. */
    private void enqueueFromReader(Object item) {
        if (!queue.offer(item)) {
            dropped.incrementAndGet();
            resyncWanted = true;
        }
    }

    private List<LiveChannel> channels(ResponseEvents answer) {
        List<LiveChannel> out = new ArrayList<>();
        for (ResponseEvent e : answer.getEvents()) {
            if (e instanceof CoreShowChannelEvent ch) {
                out.add(mapper.liveChannel(ch));
            }
        }
        return out;
    }

    private List<LiveQueueEntry> entries(ResponseEvents answer) {
        List<LiveQueueEntry> out = new ArrayList<>();
        for (ResponseEvent e : answer.getEvents()) {
            if (e instanceof QueueEntryEvent q) {
                out.add(mapper.queueEntry(q));
            }
        }
        return out;
    }

    private void setState(AmiConnectionState s) {
        if (state == s) {
            return;
        }
        state = s;
        synchronized (connectedSignal) {
            connectedSignal.notifyAll();
        }
        try {
            stateListener.accept(s);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "PAKN-TEL-0012 state listener threw", e);
        }
    }

    private void sleep(Duration d) throws InterruptedException {
        long end = System.nanoTime() + d.toNanos();
        while (running && System.nanoTime() < end) {
            Thread.sleep(Math.min(50, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
        }
    }

    private static Duration jitter(Duration d) {
        // +-20 % so that many nodes do not hammer a restarted Asterisk in step
        long ms = d.toMillis();
        return Duration.ofMillis(ms + ThreadLocalRandom.current().nextLong(-ms / 5, ms / 5 + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
