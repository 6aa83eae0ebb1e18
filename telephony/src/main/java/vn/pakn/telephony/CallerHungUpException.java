package vn.pakn.telephony;

/** The caller hung up while an IVR script was still talking to the channel. */
public class CallerHungUpException extends TelephonyException {
    private static final long serialVersionUID = 1L;

    public CallerHungUpException(String message, Throwable cause) {
        super(message, cause);
    }
}
