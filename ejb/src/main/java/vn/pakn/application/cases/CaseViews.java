package vn.pakn.application.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.pakn.domain.model.cases.CaseAction;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.shared.Channel;

/** The read models of cases that staff pages and API clients get. Personal data only in {@link Reporter}. */
public final class CaseViews {

    private CaseViews() {
    }

    public record Summary(long id, String trackingCode, String title, CaseState state, String stateLabelVi, Channel channel,
                          String categoryCode, String categoryName, String areaCode, String areaName,
                          String leadUnitCode, String leadUnitName, String suggestedUnitCode, Instant receivedAt,
                          Instant forwardDueAt, Instant dueAt, boolean overdue, boolean paused, int reportCount,
                          LikelyDuplicate likelyDuplicateOf) {
    }

    /** The case the duplicate finder found most like this one at intake (band "likely"), for a one-click merge. */
    public record LikelyDuplicate(long caseId, String trackingCode, double score) {
    }

    public record Detail(Summary summary, String description, String address, Double latitude, Double longitude,
                         String outcomeReason, String redirectTo, Long mergedIntoId, int returnedCount, int reopenedCount,
                         List<ReportView> reports, List<AssignmentView> assignments, List<AnswerView> answers,
                         List<EventView> events, Set<CaseAction> allowedActions) {
    }

    public record ReportView(long id, String trackingCode, Channel channel, Instant receivedAt, String title,
                             String description, boolean identityHidden, Reporter reporter, String callLinkedId) {
    }

    public record Reporter(String name, String phone, String email, String citizenId, String address, boolean consent) {
    }

    public record AssignmentView(long id, String unitCode, String unitName, String role, String state, Instant assignedAt,
                                 Instant dueAt, Instant originalDueAt, Instant acceptedAt, Instant answeredAt,
                                 String extensionState, Integer extensionDays, String extensionReason, boolean paused,
                                 boolean overdue, String endReason) {
    }

    public record AnswerView(long id, String body, String author, Instant createdAt, String approvedBy, Instant approvedAt,
                             String rejectedNote, String publishedBody, Instant publishedAt) {
    }

    public record EventView(long id, Instant occurredAt, String actor, String actorRole, String action,
                            CaseState fromState, CaseState toState, String note) {
    }

    /**
     * @param totalAtLeast {@code total} is a lower bound: there are more cases than the list counts
     * @param next         where the next page starts ({@code after=}), or {@code null} on the last page
     */
    public record Page<T>(List<T> items, int page, int size, long total, boolean totalAtLeast, String next) {
    }
}
