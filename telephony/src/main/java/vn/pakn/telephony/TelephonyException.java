package vn.pakn.telephony;

/** Base of the library's failures; each concrete failure has its own subtype so callers can tell them apart. */
public class TelephonyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TelephonyException(String message) {
        super(message);
    }

    public TelephonyException(String message, Throwable cause) {
        super(message, cause);
    }
}
