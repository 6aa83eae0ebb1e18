package vn.pakn.domain.model.call;

/** Why a citizen is owed a call back. */
public enum CallbackReason {
    /** Hung up in the queue before an operator answered. */
    ABANDONED,
    /** Left a message out of hours (the message is also a report). */
    VOICEMAIL,
    /** The operator chose to call the caller back (the line dropped, or an answer is promised for later). */
    REQUESTED
}
