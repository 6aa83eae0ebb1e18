package vn.pakn.telephony.call;

/** Who placed the call. */
public enum CallDirection {
    /** A citizen called the hotline. */
    INBOUND,
    /** The hotline called a citizen back: operator's phone first, then the citizen's. */
    CALLBACK
}
