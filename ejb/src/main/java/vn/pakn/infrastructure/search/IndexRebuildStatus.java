package vn.pakn.infrastructure.search;

import java.time.Instant;

/**
 * Where the complaint index stands, for the administrator's progress bar.
 *
 * @param state IDLE (never rebuilt since start), RUNNING, DONE or FAILED
 * @param indexed reports written by the running or last rebuild
 * @param expected reports the rebuild expects to write (-1 when unknown)
 * @param documents reports in the index now
 * @param trigger who or what started the last rebuild: a username, or "startup"
 */
public record IndexRebuildStatus(State state, long indexed, long expected, long documents, Instant startedAt,
                                 Instant finishedAt, String trigger, String error) {

    public enum State { IDLE, RUNNING, DONE, FAILED }

    /** Whole percent done, 100 when nothing was expected. */
    public int percent() {
        if (state == State.DONE || expected <= 0) {
            return state == State.RUNNING ? 0 : 100;
        }
        return (int) Math.min(100, indexed * 100 / expected);
    }

    static IndexRebuildStatus idle(long documents) {
        return new IndexRebuildStatus(State.IDLE, 0, -1, documents, null, null, null, null);
    }

    IndexRebuildStatus running(long indexedNow, long expectedNow) {
        return new IndexRebuildStatus(State.RUNNING, indexedNow, expectedNow, documents, startedAt, null, trigger, null);
    }

    IndexRebuildStatus done(long indexedNow, long documentsNow, Instant at) {
        return new IndexRebuildStatus(State.DONE, indexedNow, expected, documentsNow, startedAt, at, trigger, null);
    }

    IndexRebuildStatus failed(String reason, Instant at) {
        return new IndexRebuildStatus(State.FAILED, indexed, expected, documents, startedAt, at, trigger, reason);
    }

    static IndexRebuildStatus started(String trigger, long expected, long documents, Instant at) {
        return new IndexRebuildStatus(State.RUNNING, 0, expected, documents, at, null, trigger, null);
    }
}
