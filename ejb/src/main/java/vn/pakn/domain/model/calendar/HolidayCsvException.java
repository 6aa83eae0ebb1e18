package vn.pakn.domain.model.calendar;

/**
 * A holiday table that cannot be read, with the 1-based line number so that whoever edits the file
 * (or uploads it on the admin screen) can find the mistake.
 */
public final class HolidayCsvException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;
    private final String reason;

    public HolidayCsvException(int lineNumber, String reason) {
        super("line " + lineNumber + ": " + reason);
        this.lineNumber = lineNumber;
        this.reason = reason;
    }

    public HolidayCsvException(int lineNumber, String reason, Throwable cause) {
        this(lineNumber, reason);
        initCause(cause);
    }

    /** The 1-based line the problem is on (0 for an empty input). */
    public int lineNumber() {
        return lineNumber;
    }

    /** What is wrong, without the line number. */
    public String reason() {
        return reason;
    }
}
