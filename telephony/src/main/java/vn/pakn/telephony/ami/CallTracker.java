package vn.pakn.telephony.ami;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import vn.pakn.telephony.TelephonySettings;
import vn.pakn.telephony.call.CallSnapshot;

/**
 * Listens to Asterisk over AMI and keeps one {@link CallSnapshot} per call (Linkedid). Every change is handed to the
 * sink as a new immutable snapshot, in event order, from one processor thread; the last snapshot of a call is
 * {@code ENDED} with its outcome.
 *
 * <p>Threads: asterisk-java's socket reader only enqueues (bounded, never blocking); the {@code executor} runs two
 * long-lived tasks, the event processor and the connection supervisor (login, back-off, reconciliation). Give it the
 * container's {@code ManagedExecutorService} with at least two threads. The sink runs on the processor thread: keep it
 * short (hand off to a CDI async event or a queue).
 *
 * <p>On every (re)connect the tracker asks for {@code CoreShowChannels} and {@code QueueStatus} and reconciles: calls
 * that ended while disconnected are closed ({@code reconciled=true}), live calls it did not know are adopted, known
 * calls are left alone, so no call is lost or counted twice.
 */
public interface CallTracker extends AutoCloseable {

    /** Creates a tracker; nothing happens until {@link #start()}. */
    static CallTracker create(TelephonySettings settings, Executor executor, Consumer<CallSnapshot> sink) {
        return create(settings, executor, sink, state -> { }, Clock.systemUTC());
    }

    /**
     * @param stateListener told about every connection state change (called from the supervisor task)
     * @param clock         time of events that carry no {@code Timestamp} header
     */
    static CallTracker create(TelephonySettings settings, Executor executor, Consumer<CallSnapshot> sink,
            Consumer<AmiConnectionState> stateListener, Clock clock) {
        return new AmiCallTracker(settings, executor, sink, stateListener, clock);
    }

    /** Starts connecting in the background; returns at once. */
    void start();

    /** Logs off and stops both tasks. Calls still active stay in {@link #activeCalls()}. */
    @Override
    void close();

    AmiConnectionState connectionState();

    /** Calls in progress now (thread-safe copy). */
    List<CallSnapshot> activeCalls();

    Optional<CallSnapshot> activeCall(String linkedId);

    TrackerStats stats();

    /** Waits until connected and logged in; false on timeout. */
    boolean awaitConnected(Duration timeout) throws InterruptedException;

    /** Waits until every event received so far has been processed; false on timeout. Meant for tests and shutdown. */
    boolean awaitIdle(Duration timeout) throws InterruptedException;
}
