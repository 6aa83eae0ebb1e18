package vn.pakn.infrastructure.mail;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Decides when a stored message whose processing keeps failing is quarantined instead of tried again. A single
 * failure says little about the message: the database may be restarting, or the application may be stopping
 * (its components stop in no fixed order, so processing can fail before the reader knows it is stopping).
 * Quarantining then would take a good citizen's mail out of the intake for good. A message that fails at
 * {@code attempts} polls in a row is treated as the cause and set aside, so it never blocks the mailbox.
 *
 * <p>Counted per node and in memory: after a restart a message gets its attempts again, which costs a few
 * retries of a bad message, never a good one.
 */
final class ProcessingRetries {

    /** Entries kept at most; a flood of failing messages (database down) must not grow the heap without end. */
    private static final int MAX_TRACKED = 10_000;

    private final int attempts;
    private final ConcurrentMap<Long, Integer> failures = new ConcurrentHashMap<>();

    ProcessingRetries(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
    }

    /** Records a failed processing of the mail item; true if it has now failed often enough to be quarantined. */
    boolean failedAndExhausted(long mailItemId) {
        if (failures.size() >= MAX_TRACKED && !failures.containsKey(mailItemId)) {
            failures.clear();
        }
        int failed = failures.merge(mailItemId, 1, Integer::sum);
        if (failed >= attempts) {
            failures.remove(mailItemId);
            return true;
        }
        return false;
    }

    /** The item was processed (or set aside): its count starts again from nothing. */
    void settled(long mailItemId) {
        failures.remove(mailItemId);
    }

    int failuresOf(long mailItemId) {
        return failures.getOrDefault(mailItemId, 0);
    }

    int attempts() {
        return attempts;
    }
}
