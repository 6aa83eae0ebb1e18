package vn.pakn.telephony.agi;

/**
 * Names of the pre-recorded prompts (Asterisk sound files without extension, under {@code sounds/vi/pakn/}). The
 * recording studio's list; every name here must exist as a file on the Asterisk host.
 */
public final class IvrPrompts {
    public static final String ENTER_CODE = "pakn/enter-tracking-code";
    public static final String NO_INPUT = "pakn/no-input";
    public static final String INVALID_CODE = "pakn/invalid-tracking-code";
    public static final String NOT_FOUND = "pakn/case-not-found";
    public static final String YOUR_CASE = "pakn/your-case";
    /** Followed by the state in lower case, e.g. {@code pakn/state-in_progress}. */
    public static final String STATE_PREFIX = "pakn/state-";
    public static final String DUE_DATE = "pakn/due-date-is";
    public static final String SURVEY_QUESTION = "pakn/survey-press-1-to-5";
    public static final String INVALID_CHOICE = "pakn/invalid-choice";
    public static final String THANK_YOU = "pakn/thank-you";
    public static final String OUT_OF_HOURS = "pakn/out-of-hours-leave-message";
    public static final String MESSAGE_RECORDED = "pakn/message-recorded-your-code-is";
    public static final String GOODBYE = "pakn/goodbye";
    public static final String TECHNICAL_PROBLEM = "pakn/technical-problem";

    private IvrPrompts() {
    }
}
