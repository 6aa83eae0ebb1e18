package vn.pakn.application.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.pakn.domain.model.calendar.PauseInterval;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.shared.Channel;

/**
 * One case as statistics see it: a projection of the case, its latest lead assignment and the ratings of all
 * its reports (merged duplicates included, since their reports now belong to this case).
 *
 * @param lead the latest LEAD assignment, or {@code null} if the case was never routed
 * @param returnedByUnitIds the unit of every LEAD assignment that ended RETURNED, one entry per return
 * @param ratingSum sum of the scores of the case's ratings
 */
public record CaseFacts(long caseId, Channel channel, Long categoryId, Instant receivedAt, CaseState state, int reportCount,
                        int reopenedCount, Lead lead, List<Long> returnedByUnitIds, long ratingSum, long ratingCount) {

    /** The latest lead assignment. */
    public record Lead(long unitId, Assignment.State state, Instant assignedAt, Instant dueAt, Instant answeredAt,
                       List<PauseInterval> pauses) {

        public Lead {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(assignedAt, "assignedAt");
            Objects.requireNonNull(dueAt, "dueAt");
            pauses = List.copyOf(pauses);
        }

        public boolean paused() {
            return pauses.stream().anyMatch(PauseInterval::isOpen);
        }
    }

    public CaseFacts {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(state, "state");
        returnedByUnitIds = List.copyOf(returnedByUnitIds);
    }

    /** The unit holding the case now: the lead assignment's unit unless it returned the case to dispatch. */
    public Long holdingUnitId() {
        return lead == null || lead.state() == Assignment.State.RETURNED || lead.state() == Assignment.State.CANCELLED
                ? null : lead.unitId();
    }
}
