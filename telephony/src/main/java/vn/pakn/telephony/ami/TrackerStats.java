package vn.pakn.telephony.ami;

/**
 * Counters of a {@link CallTracker}, for metrics.
 *
 * @param eventsReceived  events taken off the socket
 * @param eventsProcessed events folded into the call model
 * @param eventsDropped   events dropped because the bounded queue was full (each drop schedules a reconciliation)
 * @param logins          successful logins (first connect plus reconnects)
 * @param reconciliations reconciliations applied
 * @param queueDepth      events waiting now
 */
public record TrackerStats(long eventsReceived, long eventsProcessed, long eventsDropped, long logins,
        long reconciliations, int queueDepth) {
}
