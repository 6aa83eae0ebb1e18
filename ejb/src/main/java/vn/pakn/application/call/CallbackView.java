package vn.pakn.application.call;

import java.time.Instant;
import vn.pakn.domain.model.call.CallbackTask;

/** A callback task as the call desk lists it. */
public record CallbackView(long id, String callLinkedId, String reason, String citizenNumber, String queue,
        String reportTrackingCode, String state, Instant createdAt, int attempts, Instant lastAttemptAt,
        String lastAttemptBy, Boolean lastAttemptAnswered, Instant doneAt, String doneBy, String outcome, String note) {

    static CallbackView of(CallbackTask t, String reportTrackingCode) {
        return new CallbackView(t.getId(), t.getCallLinkedId(), t.getReason().name(), t.getCitizenNumber(),
                t.getQueue(), reportTrackingCode, t.getState().name(), t.getCreatedAt(), t.getAttempts(),
                t.getLastAttemptAt(), t.getLastAttemptBy(), t.getLastAttemptAnswered(), t.getDoneAt(), t.getDoneBy(),
                t.getDoneOutcome() == null ? null : t.getDoneOutcome().name(), t.getNote());
    }
}
