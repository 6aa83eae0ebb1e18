package vn.pakn.telephony.ami;

import vn.pakn.telephony.TelephonySettings;

/**
 * Actions sent to Asterisk over a connection of their own (event mask off), so a slow action never holds up the
 * event stream and a burst of events never delays an action. The connection is opened on first use and re-opened
 * after a failure. Thread-safe.
 *
 * <p>Failures are typed: {@link vn.pakn.telephony.AmiAuthenticationException},
 * {@link vn.pakn.telephony.AmiTimeoutException}, {@link vn.pakn.telephony.AmiConnectionException},
 * {@link vn.pakn.telephony.AmiActionFailedException}.
 */
public interface AmiActions extends AutoCloseable {

    static AmiActions create(TelephonySettings settings) {
        return new AsteriskJavaActions(settings);
    }

    /**
     * Places a callback (asynchronous Originate): returns once Asterisk accepted it; the call itself shows up in the
     * {@link CallTracker} with direction CALLBACK and the request's task id.
     *
     * @return the ActionID Asterisk will quote in its OriginateResponse
     */
    String originateCallback(CallbackRequest request);

    /**
     * Pauses or resumes an operator (break, lunch, paperwork).
     *
     * @param queue  the queue, or null for all queues of the member
     * @param iface  queue member interface, e.g. {@code PJSIP/101}
     * @param reason shown in QueueMemberStatus as PausedReason; may be null
     */
    void queuePause(String queue, String iface, boolean paused, String reason);

    /** Current members and waiting callers; {@code queue} null for all queues. */
    QueueStatusReport queueStatus(String queue);

    /** Round trip to Asterisk, for health checks. */
    void ping();

    @Override
    void close();
}
