package vn.pakn.telephony.ami;

/** State of the tracker's AMI connection, for health checks and the {@code ami_connection_state} metric. */
public enum AmiConnectionState {
    /** Not started or closed. */
    STOPPED,
    /** Opening the socket and logging in. */
    CONNECTING,
    /** Logged in; events flow. */
    CONNECTED,
    /** Connection lost or refused; waiting for the next attempt (exponential back-off). */
    RECONNECTING,
    /** Asterisk refused the credentials; attempts continue at the longest back-off. */
    AUTHENTICATION_FAILED
}
