package vn.pakn.telephony;

/** Asterisk answered an action with {@code Response: Error}; the message is Asterisk's own. */
public class AmiActionFailedException extends TelephonyException {
    private static final long serialVersionUID = 1L;

    public AmiActionFailedException(String message) {
        super(message);
    }
}
