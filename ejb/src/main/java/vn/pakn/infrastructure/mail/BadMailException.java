package vn.pakn.infrastructure.mail;

/**
 * A message that is not read but quarantined: {@link #reason()} is a stable code (malformed-mime, too-large,
 * zip-bomb, attachment-type, spoofed, empty, no-sender, …) and the message says the detail to the ADMIN.
 */
public class BadMailException extends Exception {

    private final String reason;

    public BadMailException(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public BadMailException(String reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    /** "reason: detail", as stored for the ADMIN. */
    public String describe() {
        return reason + ": " + getMessage();
    }
}
