package vn.pakn.telephony.call;

/** Where a call is now. */
public enum CallPhase {
    /** Channel exists, caller is in the IVR or ringing. */
    IVR,
    /** Waiting in a queue for an operator. */
    QUEUED,
    /** Talking to an operator (or, for a callback, to the citizen). */
    CONNECTED,
    /** Hung up; the outcome is known. */
    ENDED
}
