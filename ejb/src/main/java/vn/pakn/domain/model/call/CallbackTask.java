package vn.pakn.domain.model.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.pakn.domain.model.shared.DomainException;

/**
 * A citizen the call desk owes a call: one per call (unique Linkedid), created by an idempotent native insert when a
 * queued call is abandoned or an out-of-hours message is left. Operators place the call back (any number of
 * attempts, each an Originate through Asterisk) and close the task with an outcome.
 */
@Entity
@Table(name = "callback_task")
public class CallbackTask {

    @Id
    private Long id;

    @Column(name = "call_linkedid", nullable = false, updatable = false)
    private String callLinkedId;

    @Enumerated(EnumType.STRING)
    private CallbackReason reason;

    @Column(name = "citizen_number")
    private String citizenNumber;

    @Column(name = "queue_name")
    private String queue;

    @Column(name = "report_id")
    private Long reportId;

    @Enumerated(EnumType.STRING)
    private CallbackState state;

    @Column(name = "created_at")
    private Instant createdAt;

    private int attempts;
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;
    @Column(name = "last_attempt_by")
    private String lastAttemptBy;
    @Column(name = "last_attempt_answered")
    private Boolean lastAttemptAnswered;

    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "done_by")
    private String doneBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "done_outcome")
    private CallbackOutcome doneOutcome;
    private String note;

    @Version
    private long version;

    protected CallbackTask() {
    }

    /** An operator starts calling the citizen back. */
    public void attempt(String operator, Instant at) {
        requireOpen();
        attempts++;
        lastAttemptAt = at;
        lastAttemptBy = operator;
        lastAttemptAnswered = null;
    }

    /** The callback call ended; whether the citizen picked up (from the tracked call). */
    public void attemptEnded(boolean citizenAnswered) {
        lastAttemptAnswered = citizenAnswered;
    }

    public void close(String operator, CallbackOutcome outcome, String closingNote, Instant at) {
        requireOpen();
        if (outcome == null) {
            throw DomainException.invalid("missing-outcome", "Cần chọn kết quả gọi lại.",
                    "An outcome is required (REACHED, UNREACHABLE, WRONG_NUMBER, NOT_NEEDED).");
        }
        state = CallbackState.DONE;
        doneAt = at;
        doneBy = operator;
        doneOutcome = outcome;
        note = closingNote;
    }

    private void requireOpen() {
        if (state != CallbackState.OPEN) {
            throw DomainException.conflict("callback-closed", "Yêu cầu gọi lại đã được xử lý xong.",
                    "The callback task is already done.");
        }
    }

    public Long getId() { return id; }
    public String getCallLinkedId() { return callLinkedId; }
    public CallbackReason getReason() { return reason; }
    public String getCitizenNumber() { return citizenNumber; }
    public String getQueue() { return queue; }
    public Long getReportId() { return reportId; }
    public CallbackState getState() { return state; }
    public Instant getCreatedAt() { return createdAt; }
    public int getAttempts() { return attempts; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public String getLastAttemptBy() { return lastAttemptBy; }
    public Boolean getLastAttemptAnswered() { return lastAttemptAnswered; }
    public Instant getDoneAt() { return doneAt; }
    public String getDoneBy() { return doneBy; }
    public CallbackOutcome getDoneOutcome() { return doneOutcome; }
    public String getNote() { return note; }
}
