package vn.pakn.telephony;

/** Asterisk refused the manager login: check the AMI username and secret (manager.conf). */
public class AmiAuthenticationException extends TelephonyException {
    private static final long serialVersionUID = 1L;

    public AmiAuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
