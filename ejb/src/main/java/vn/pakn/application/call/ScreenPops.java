package vn.pakn.application.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.pakn.telephony.call.CallDirection;
import vn.pakn.telephony.call.CallPhase;
import vn.pakn.telephony.call.CallSnapshot;

/**
 * Turns "an operator answered" into a screen pop for that operator: observes {@link OperatorAnswered}
 * asynchronously, apart from the persistence of {@link CallChanged}, and fires {@link ScreenPopReady} for the SSE
 * endpoint. Each (call,
 * extension) pops once; after a transfer the operator taking the call gets a pop of their own.
 */
@ApplicationScoped
public class ScreenPops {

    private static final Logger LOG = Logger.getLogger(ScreenPops.class);
    private static final int REMEMBERED = 10_000;
    static final java.time.Duration DIRECTORY_MAX_AGE = java.time.Duration.ofSeconds(10);

    /** A lookup older than this (a long wait in the queue) is done again at answer time. */
    static final java.time.Duration PREPARED_MAX_AGE = java.time.Duration.ofMinutes(2);

    private volatile Directory directory;

    private final Map<String, Prepared> prepared = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Prepared> eldest) {
            return size() > REMEMBERED;
        }
    });

    @Inject
    OperatorDirectory operators;

    @Inject
    CallerHistory history;

    @Inject
    Event<ScreenPopReady> ready;

    private final Set<String> popped = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<String, Boolean>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    void onOperatorAnswered(@ObservesAsync OperatorAnswered change) {
        CallSnapshot s = change.snapshot();
        if (!answeredByOperator(s) || !popped.add(s.linkedId() + "|" + s.extension())) {
            return;
        }
        long started = System.nanoTime();
        LOG.debugf("PAKN0822: screen pop for call %s started %d µs after the snapshot", s.linkedId(),
                (started - change.receivedNanos()) / 1_000);
        try {
            operatorAt(s.extension(), s.agent()).ifPresentOrElse(
                    user -> ready.fire(new ScreenPopReady(user, pop(s), change.receivedNanos())),
                    () -> LOG.infof("PAKN0803: call %s answered at extension %s, which no single active operator "
                            + "account has: no screen pop", s.linkedId(), s.extension()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "PAKN0804: screen pop for call %s failed: %s", s.linkedId(), e.getMessage());
        }
    }

    /**
     * Looks the caller up while the call waits in the queue, so that the pop only has to be sent when an operator
     * answers (the queries take longer than the push, most of all on a loaded database).
     */
    void onCallerWaiting(@ObservesAsync CallerWaiting waiting) {
        CallSnapshot s = waiting.snapshot();
        if (s.citizenNumber() == null || prepared.containsKey(s.linkedId())) {
            return;
        }
        try {
            prepared.put(s.linkedId(), new Prepared(s.citizenNumber(), history.of(s.citizenNumber()), System.nanoTime()));
        } catch (RuntimeException e) {
            LOG.debugf(e, "PAKN0823: caller of call %s not looked up ahead: %s", s.linkedId(), e.getMessage());
        }
    }

    private ScreenPop pop(CallSnapshot s) {
        Prepared p = prepared.remove(s.linkedId());
        CallerHistory.CallerPast past = p != null && java.util.Objects.equals(p.callerNumber(), s.citizenNumber())
                && System.nanoTime() - p.preparedNanos() < PREPARED_MAX_AGE.toNanos()
                ? p.past() : history.of(s.citizenNumber());
        return new ScreenPop(s.linkedId(), s.citizenNumber(), s.queue(), s.extension(), s.answeredAt(),
                past.earlierReports(), past.nearbyOpenCases());
    }

    private record Prepared(String callerNumber, CallerHistory.CallerPast past, long preparedNanos) {
    }

    /**
     * The one active operator at the extension or queue member interface, from a copy of the directory at most
     * {@link #DIRECTORY_MAX_AGE} old (a pop must not wait for a query; an administrator's change applies within it).
     */
    Optional<String> operatorAt(String extension, String agentInterface) {
        Directory d = directory;
        if (d == null || System.nanoTime() - d.loadedNanos() > DIRECTORY_MAX_AGE.toNanos()) {
            d = new Directory(operators.activeOperators(), System.nanoTime());
            directory = d;
        }
        Set<String> users = new java.util.TreeSet<>();
        if (extension != null) {
            users.addAll(d.byExtension().getOrDefault(extension, Set.of()));
        }
        if (agentInterface != null) {
            users.addAll(d.byExtension().getOrDefault(agentInterface, Set.of()));
        }
        return users.size() == 1 ? Optional.of(users.iterator().next()) : Optional.empty();
    }

    private record Directory(Map<String, Set<String>> byExtension, long loadedNanos) {
    }

    /** Connected to an operator: the inbound call was just answered (callbacks are placed by the operator). */
    public static boolean answeredByOperator(CallSnapshot s) {
        return s.direction() == CallDirection.INBOUND && s.phase() == CallPhase.CONNECTED && s.extension() != null;
    }
}
