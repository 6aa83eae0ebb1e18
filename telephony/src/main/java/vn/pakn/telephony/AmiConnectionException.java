package vn.pakn.telephony;

/** The AMI socket could not be opened or was lost while an action was in flight. */
public class AmiConnectionException extends TelephonyException {
    private static final long serialVersionUID = 1L;

    public AmiConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
