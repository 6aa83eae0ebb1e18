package vn.pakn.application.call;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The newest revision handed over for each call whose write has not happened yet. A snapshot carries the whole state
 * of its call, so when a newer one of the same call is already on its way the older write is skipped: a burst of
 * events (an answer is six of them) costs one transaction instead of four, and under load the store catches up
 * instead of queueing. The newest snapshot of a call is always written.
 */
@ApplicationScoped
public class PendingCallWrites {

    private final Map<String, Long> newest = new ConcurrentHashMap<>();

    /** Called by the listener before the change is fired. */
    public void fired(CallChanged change) {
        newest.merge(change.snapshot().linkedId(), change.revision(), Math::max);
    }

    /** A newer snapshot of the same call was fired after this one. */
    public boolean superseded(CallChanged change) {
        Long n = newest.get(change.snapshot().linkedId());
        return n != null && n > change.revision();
    }

    /** The change was written (or failed): forget the call unless a newer change is pending. */
    public void done(CallChanged change) {
        newest.remove(change.snapshot().linkedId(), change.revision());
    }

    /** Calls with a write on its way (for tests and status). */
    public int pending() {
        return newest.size();
    }
}
