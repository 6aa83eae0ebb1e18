package vn.pakn.infrastructure.demo;

import vn.pakn.domain.model.cases.CaseState;

/**
 * Where a demo case is to end up, with how old it may be (days before now) so that its steps fit before
 * now. Several targets end in the same state with a different story (late, returned, paused, extended).
 */
enum DemoTarget {
    RECEIVED(CaseState.RECEIVED, 0.02, 0.9, 10),
    RECEIVED_FORWARD_OVERDUE(CaseState.RECEIVED, 1.5, 6, 4),
    CLASSIFIED(CaseState.CLASSIFIED, 0.05, 1.0, 8),
    CLASSIFIED_FORWARD_OVERDUE(CaseState.CLASSIFIED, 1.5, 7, 3),
    RETURNED(CaseState.CLASSIFIED, 1, 10, 4),
    ASSIGNED(CaseState.ASSIGNED, 0.1, 6, 14),
    ASSIGNED_AFTER_REOPEN(CaseState.ASSIGNED, 12, 45, 3),
    IN_PROGRESS(CaseState.IN_PROGRESS, 1, 20, 22),
    IN_PROGRESS_OVERDUE(CaseState.IN_PROGRESS, 8, 45, 10),
    PAUSED(CaseState.IN_PROGRESS, 2, 20, 8),
    EXTENSION_REQUESTED(CaseState.IN_PROGRESS, 3, 25, 5),
    EXTENSION_GRANTED(CaseState.IN_PROGRESS, 6, 40, 7),
    ANSWERED(CaseState.ANSWERED, 3, 25, 12),
    APPROVED(CaseState.APPROVED, 3, 25, 8),
    PUBLISHED(CaseState.PUBLISHED, 4, 30, 26),
    CLOSED(CaseState.CLOSED, 10, 90, 160),
    REOPENED(CaseState.REOPENED, 8, 40, 6),
    REDIRECTED(CaseState.REDIRECTED, 0.1, 90, 12),
    REJECTED(CaseState.REJECTED, 0.1, 90, 8);

    final CaseState state;
    final double minAgeDays;
    final double maxAgeDays;
    /** Cases of this target per {@link #PER} cases. */
    final int share;

    static final int PER = 330;

    DemoTarget(CaseState state, double minAgeDays, double maxAgeDays, int share) {
        this.state = state;
        this.minAgeDays = minAgeDays;
        this.maxAgeDays = maxAgeDays;
        this.share = share;
    }

    boolean isRoutedPath() {
        return this != RECEIVED && this != RECEIVED_FORWARD_OVERDUE && this != CLASSIFIED
                && this != CLASSIFIED_FORWARD_OVERDUE && this != REDIRECTED && this != REJECTED;
    }

    /** How many cases of this target in a run of {@code total}: at least one, so every state is there. */
    int countFor(int total) {
        return Math.max(1, (int) Math.round((double) share * total / PER));
    }
}
