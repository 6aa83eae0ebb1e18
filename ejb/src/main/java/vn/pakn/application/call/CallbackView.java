package vn.pakn.application.call;

import java.time.Instant;
import vn.pakn.domain.model.call.CallbackState;
import vn.pakn.domain.model.call.CallbackTask;

/**
 * A callback task as the call desk lists it. {@code dueAt}: the citizen should be called back by then (a target
 * amount of working time after the task was opened, see {@link CallbackDesk#DUE_SETTING}); {@code overdue}: the task
 * is still open after it.
 */
public record CallbackView(long id, String callLinkedId, String reason, String citizenNumber, String queue,
        String reportTrackingCode, String state, Instant createdAt, int attempts, Instant lastAttemptAt,
        String lastAttemptBy, Boolean lastAttemptAnswered, Instant doneAt, String doneBy, String outcome, String note,
        Instant dueAt, boolean overdue) {

    static CallbackView of(CallbackTask t, String reportTrackingCode, Instant dueAt, Instant now) {
        return new CallbackView(t.getId(), t.getCallLinkedId(), t.getReason().name(), t.getCitizenNumber(),
                t.getQueue(), reportTrackingCode, t.getState().name(), t.getCreatedAt(), t.getAttempts(),
                t.getLastAttemptAt(), t.getLastAttemptBy(), t.getLastAttemptAnswered(), t.getDoneAt(), t.getDoneBy(),
                t.getDoneOutcome() == null ? null : t.getDoneOutcome().name(), t.getNote(), dueAt,
                overdue(t.getState(), dueAt, now));
    }

    /** Open and past its due time; a task closed late is not "overdue" any more (it is done). */
    static boolean overdue(CallbackState state, Instant dueAt, Instant now) {
        return state == CallbackState.OPEN && dueAt != null && now.isAfter(dueAt);
    }
}
