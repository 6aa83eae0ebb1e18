package vn.pakn.domain.model.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.pakn.telephony.call.CallDirection;
import vn.pakn.telephony.call.CallOutcome;
import vn.pakn.telephony.call.CallPhase;
import vn.pakn.telephony.call.CallSnapshot;

/**
 * One hotline call, identified by Asterisk's Linkedid. The row is created by an idempotent native insert and then
 * follows the library's {@link CallSnapshot}s: a snapshot is applied only when its revision is newer than the one
 * stored, and an ended call never goes back to a live phase, so snapshots handled out of order or replayed after a
 * restart leave the row as the newest one made it.
 */
@Entity
@Table(name = "hotline_call")
public class HotlineCall {

    @Id
    private Long id;

    @Column(name = "linkedid", nullable = false, unique = true, updatable = false)
    private String linkedId;

    private String direction;
    @Column(name = "citizen_number")
    private String citizenNumber;
    @Column(name = "citizen_number_raw")
    private String citizenNumberRaw;
    @Column(name = "dialled_number")
    private String dialledNumber;
    @Column(name = "queue_name")
    private String queue;
    private String agent;
    private String extension;
    /** The operator credited with the call ({@link CallSnapshot#operator()}), for per-operator figures. */
    @Column(name = "operator_extension")
    private String operatorExtension;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "offered_at")
    private Instant offeredAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "wait_ms")
    private Long waitMillis;
    @Column(name = "talk_ms")
    private Long talkMillis;
    private String phase;
    private String outcome;
    private String recording;
    private boolean transferred;
    @Column(name = "callback_task_id")
    private String callbackTaskId;
    private boolean reconciled;
    @Column(name = "survey_score")
    private Integer surveyScore;
    @Column(name = "survey_at")
    private Instant surveyAt;
    private long revision;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected HotlineCall() {
    }

    /** A row not yet stored; in production rows are created by the idempotent native insert only. */
    HotlineCall(String linkedId) {
        this.linkedId = linkedId;
    }

    /**
     * Takes the snapshot when it is newer than what the row holds.
     *
     * @return true when the row changed; false for a stale or replayed snapshot
     */
    public boolean apply(CallSnapshot s, long snapshotRevision, Instant now) {
        if (snapshotRevision <= revision || isEnded() && !s.isEnded()) {
            return false;
        }
        direction = s.direction().name();
        citizenNumber = s.citizenNumber();
        citizenNumberRaw = s.citizenNumberRaw();
        dialledNumber = s.dialledNumber();
        queue = s.queue();
        agent = s.agent();
        extension = s.extension();
        operatorExtension = s.operator().orElse(null);
        startedAt = s.startedAt();
        offeredAt = s.offeredAt();
        answeredAt = s.answeredAt();
        endedAt = s.endedAt();
        waitMillis = s.waited().map(Duration::toMillis).orElse(null);
        talkMillis = s.talked().map(Duration::toMillis).orElse(null);
        phase = s.phase().name();
        outcome = s.finalOutcome().map(Enum::name).orElse(null);
        recording = s.recording() != null ? s.recording() : recording;
        transferred = s.transferred();
        callbackTaskId = s.callbackTaskId();
        reconciled = s.reconciled();
        revision = snapshotRevision;
        updatedAt = now;
        return true;
    }

    /** A post-call survey answer; the last answer counts (Asterisk may run the survey again). */
    public void rate(int score, Instant at) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be 1..5 but was " + score);
        }
        surveyScore = score;
        surveyAt = at;
    }

    /** The call as the telephony library's KPI arithmetic reads it. */
    public CallSnapshot toSnapshot() {
        CallPhase p = CallPhase.valueOf(phase);
        CallOutcome o = outcome == null ? null : CallOutcome.valueOf(outcome);
        if (p == CallPhase.ENDED && o == null) {
            p = CallPhase.IVR;
        }
        return new CallSnapshot(linkedId, CallDirection.valueOf(direction), citizenNumber, citizenNumberRaw,
                dialledNumber, queue, agent, extension, startedAt, offeredAt, answeredAt, endedAt,
                waitMillis == null ? null : Duration.ofMillis(waitMillis),
                talkMillis == null ? null : Duration.ofMillis(talkMillis), p, o, recording, transferred, callbackTaskId,
                reconciled);
    }

    public boolean isEnded() {
        return CallPhase.ENDED.name().equals(phase);
    }

    public Long getId() { return id; }
    public String getLinkedId() { return linkedId; }
    public String getDirection() { return direction; }
    public String getCitizenNumber() { return citizenNumber; }
    public String getDialledNumber() { return dialledNumber; }
    public String getQueue() { return queue; }
    public String getAgent() { return agent; }
    public String getExtension() { return extension; }
    public String getOperatorExtension() { return operatorExtension; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getOfferedAt() { return offeredAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getEndedAt() { return endedAt; }
    public Long getWaitMillis() { return waitMillis; }
    public Long getTalkMillis() { return talkMillis; }
    public String getPhase() { return phase; }
    public Optional<String> getOutcome() { return Optional.ofNullable(outcome); }
    public String getRecording() { return recording; }
    public boolean isTransferred() { return transferred; }
    public String getCallbackTaskId() { return callbackTaskId; }
    public boolean isReconciled() { return reconciled; }
    public Optional<Integer> getSurveyScore() { return Optional.ofNullable(surveyScore); }
    public Instant getSurveyAt() { return surveyAt; }
    public long getRevision() { return revision; }
}
