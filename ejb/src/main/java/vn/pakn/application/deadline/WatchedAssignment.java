package vn.pakn.application.deadline;

import java.time.Instant;
import java.util.Objects;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.CaseState;

/**
 * What {@link DeadlineWatch} needs to know about an assignment, detached from JPA so the policy is tested
 * with plain values.
 *
 * @param warnBeforeWorkingHours the category's {@code warnBeforeWorkingHours}; 0 turns the warning off
 */
public record WatchedAssignment(Assignment.Role role, Assignment.State state, CaseState caseState, boolean paused,
                                Instant dueAt, Instant warnedAt, Instant overdueFlaggedAt, int warnBeforeWorkingHours) {

    public WatchedAssignment {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(caseState, "caseState");
        Objects.requireNonNull(dueAt, "dueAt");
        if (warnBeforeWorkingHours < 0) {
            throw new IllegalArgumentException("warnBeforeWorkingHours must not be negative, got " + warnBeforeWorkingHours);
        }
    }

    /** The values of a loaded assignment; its case and the case's category must be reachable. */
    public static WatchedAssignment of(Assignment a) {
        var c = a.getCase();
        int warn = c.getCategory() == null || c.getCategory().getSla() == null ? 0 : c.getCategory().getSla().warnBeforeWorkingHours();
        return new WatchedAssignment(a.getRole(), a.getState(), c.getState(), a.openPause().isPresent(), a.getDueAt(),
                a.getWarnedAt(), a.getOverdueFlaggedAt(), warn);
    }
}
