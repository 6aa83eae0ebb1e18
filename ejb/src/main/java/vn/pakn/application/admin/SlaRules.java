package vn.pakn.application.admin;

import vn.pakn.domain.model.category.SlaPolicy;
import vn.pakn.domain.model.shared.DomainException;

/**
 * Builds a {@link SlaPolicy} from what an ADMIN typed, refusing out-of-range numbers with a message for
 * people; {@link SlaPolicy}'s own checks stay the last word (and their refusals are translated too).
 */
public final class SlaRules {

    /** The longest answer period the admin screen accepts, in working days (a sanity bound, not law). */
    public static final int MAX_ANSWER_WORKING_DAYS = 90;

    /** The earliest warning the admin screen accepts, in working hours before the due time. */
    public static final int MAX_WARN_BEFORE_WORKING_HOURS = 240;

    private SlaRules() {
    }

    public static SlaPolicy policy(int forwardWorkingDays, int answerWorkingDays, int maxExtensionDays, int warnBeforeWorkingHours) {
        check(forwardWorkingDays >= 1 && forwardWorkingDays <= SlaPolicy.MAX_FORWARD_WORKING_DAYS,
                "Thời hạn chuyển xử lý phải từ 1 đến " + SlaPolicy.MAX_FORWARD_WORKING_DAYS + " ngày làm việc (Nghị định 20/2008, 92/2017).",
                "The forwarding period must be 1 to " + SlaPolicy.MAX_FORWARD_WORKING_DAYS + " working days (Decree 20/2008 as amended).");
        check(answerWorkingDays >= 1 && answerWorkingDays <= MAX_ANSWER_WORKING_DAYS,
                "Thời hạn trả lời phải từ 1 đến " + MAX_ANSWER_WORKING_DAYS + " ngày làm việc.",
                "The answer period must be 1 to " + MAX_ANSWER_WORKING_DAYS + " working days.");
        check(maxExtensionDays >= 0 && maxExtensionDays <= answerWorkingDays,
                "Thời gian gia hạn tối đa phải từ 0 đến thời hạn trả lời (" + answerWorkingDays + " ngày làm việc).",
                "The longest extension must be 0 to the answer period (" + answerWorkingDays + " working days).");
        check(warnBeforeWorkingHours >= 0 && warnBeforeWorkingHours <= MAX_WARN_BEFORE_WORKING_HOURS,
                "Thời điểm cảnh báo phải từ 0 đến " + MAX_WARN_BEFORE_WORKING_HOURS + " giờ làm việc trước hạn.",
                "The warning must be 0 to " + MAX_WARN_BEFORE_WORKING_HOURS + " working hours before the due time.");
        try {
            return new SlaPolicy(forwardWorkingDays, answerWorkingDays, maxExtensionDays, warnBeforeWorkingHours);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("bad-sla", "Chính sách thời hạn không hợp lệ: " + e.getMessage(),
                    "The SLA policy is not valid: " + e.getMessage());
        }
    }

    private static void check(boolean ok, String vi, String en) {
        if (!ok) {
            throw DomainException.invalid("bad-sla", vi, en);
        }
    }
}
