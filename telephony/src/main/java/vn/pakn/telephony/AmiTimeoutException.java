package vn.pakn.telephony;

/** Asterisk did not answer an action within the response timeout. */
public class AmiTimeoutException extends TelephonyException {
    private static final long serialVersionUID = 1L;

    public AmiTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
