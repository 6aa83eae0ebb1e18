package vn.pakn.application.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.cases.CaseState;

/**
 * Decides, at one instant, whether an assignment must be warned about or flagged overdue. The rules:
 * <ul>
 *   <li>Only an assignment that is open (ASSIGNED or ACCEPTED) on a case being worked (ASSIGNED or
 *       IN_PROGRESS) is watched: a coordinating assignment still open after the lead unit answered is
 *       not chased.</li>
 *   <li>While the clock is paused (waiting for the citizen) nothing fires: the due time will move when the
 *       pause ends.</li>
 *   <li><b>Overdue</b> when {@code now} is after {@code dueAt} (strictly: due exactly now is still in
 *       time, as {@link WorkingCalendar#statusAt} says), once: not if already flagged.</li>
 *   <li><b>Warn</b> when not yet due and the working time left until {@code dueAt} is at most the
 *       category's {@code warnBeforeWorkingHours} (exactly at the threshold warns), once: not if already
 *       warned or flagged, and never when the threshold is 0.</li>
 * </ul>
 * Once is enforced by the service with conditional updates of {@code warned_at} / {@code
 * overdue_flagged_at}; this policy only reads them.
 */
public final class DeadlineWatch {

    /** What to do about one assignment now. */
    public enum Decision { NOTHING, WARN, FLAG_OVERDUE }

    /** Case states in which a unit is expected to be working. */
    public static final Set<CaseState> WORKING_CASE_STATES = EnumSet.of(CaseState.ASSIGNED, CaseState.IN_PROGRESS);

    private DeadlineWatch() {
    }

    public static Decision decide(WatchedAssignment a, WorkingCalendar calendar, Instant now) {
        if (!a.state().isOpen() || !WORKING_CASE_STATES.contains(a.caseState()) || a.paused()) {
            return Decision.NOTHING;
        }
        if (now.isAfter(a.dueAt())) {
            return a.overdueFlaggedAt() == null ? Decision.FLAG_OVERDUE : Decision.NOTHING;
        }
        if (a.warnedAt() != null || a.overdueFlaggedAt() != null || a.warnBeforeWorkingHours() == 0) {
            return Decision.NOTHING;
        }
        Duration left = calendar.workingTimeBetween(now, a.dueAt());
        return left.compareTo(Duration.ofHours(a.warnBeforeWorkingHours())) <= 0 ? Decision.WARN : Decision.NOTHING;
    }

    /**
     * The latest due time that can need a warning at {@code now} given the longest warning window of all
     * categories: a cheap upper bound for the database query, refined per assignment by {@link #decide}.
     */
    public static Instant warningHorizon(WorkingCalendar calendar, Instant now, int maxWarnBeforeWorkingHours) {
        return calendar.addWorkingHours(now, Math.max(0, maxWarnBeforeWorkingHours));
    }
}
