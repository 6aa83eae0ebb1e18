package vn.pakn.domain.model.category;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The deadlines of a category, in working days: forward to the responsible unit (legal maximum 5, Decree
 * 20/2008 as amended by Decree 92/2017), answer, and the longest extension (at most the original period).
 */
@Embeddable
public class SlaPolicy {

    public static final int MAX_FORWARD_WORKING_DAYS = 5;

    @Column(name = "forward_working_days", nullable = false)
    private int forwardWorkingDays;

    @Column(name = "answer_working_days", nullable = false)
    private int answerWorkingDays;

    @Column(name = "max_extension_days", nullable = false)
    private int maxExtensionDays;

    @Column(name = "warn_before_working_hours", nullable = false)
    private int warnBeforeWorkingHours;

    protected SlaPolicy() {
    }

    public SlaPolicy(int forwardWorkingDays, int answerWorkingDays, int maxExtensionDays, int warnBeforeWorkingHours) {
        if (forwardWorkingDays < 1 || forwardWorkingDays > MAX_FORWARD_WORKING_DAYS) {
            throw new IllegalArgumentException("forwardWorkingDays must be 1.." + MAX_FORWARD_WORKING_DAYS + ": " + forwardWorkingDays);
        }
        if (answerWorkingDays < 1) {
            throw new IllegalArgumentException("answerWorkingDays must be positive: " + answerWorkingDays);
        }
        if (maxExtensionDays < 0 || maxExtensionDays > answerWorkingDays) {
            throw new IllegalArgumentException("maxExtensionDays must be 0.." + answerWorkingDays + ": " + maxExtensionDays);
        }
        if (warnBeforeWorkingHours < 0) {
            throw new IllegalArgumentException("warnBeforeWorkingHours must not be negative: " + warnBeforeWorkingHours);
        }
        this.forwardWorkingDays = forwardWorkingDays;
        this.answerWorkingDays = answerWorkingDays;
        this.maxExtensionDays = maxExtensionDays;
        this.warnBeforeWorkingHours = warnBeforeWorkingHours;
    }

    /** Defaults of the issue: forward in 1 day, answer in {@code answerDays}, one extension of the same length, warn 8 working hours before. */
    public static SlaPolicy answeringIn(int answerDays) {
        return new SlaPolicy(1, answerDays, answerDays, 8);
    }

    public int forwardWorkingDays() { return forwardWorkingDays; }
    public int answerWorkingDays() { return answerWorkingDays; }
    public int maxExtensionDays() { return maxExtensionDays; }
    public int warnBeforeWorkingHours() { return warnBeforeWorkingHours; }
}
