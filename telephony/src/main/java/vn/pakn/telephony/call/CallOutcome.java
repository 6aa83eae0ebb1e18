package vn.pakn.telephony.call;

/** How a finished call ended. */
public enum CallOutcome {
    /** An operator answered the call (from a queue or by direct dial). */
    ANSWERED,
    /** The caller waited for an operator (joined a queue) and hung up before anyone answered. */
    ABANDONED,
    /** The caller left a recorded message (out of hours or queue overflow). */
    VOICEMAIL,
    /** An outbound callback placed with {@code AmiActions.originateCallback}. */
    CALLBACK,
    /** The caller stayed in the IVR (status lookup, survey) and never asked for an operator. */
    SELF_SERVICE
}
