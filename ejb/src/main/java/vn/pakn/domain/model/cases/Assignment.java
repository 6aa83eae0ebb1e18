package vn.pakn.domain.model.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.DynamicUpdate;
import vn.pakn.domain.model.calendar.PauseInterval;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.unit.Unit;

/**
 * A case given to a unit, as lead (chủ trì) or coordinating (phối hợp), with its own clock. Overdue is not
 * stored as a state: it is "now is past {@code dueAt} and this assignment is still open".
 * Updates write only changed columns, so a user's save never overwrites the timers' {@code warned_at} and
 * {@code overdue_flagged_at}, which the deadline monitor sets with conditional SQL updates.
 */
@DynamicUpdate
@Entity
@Table(name = "assignment")
public class Assignment {

    public enum Role { LEAD, COORDINATING }

    public enum State {
        ASSIGNED, ACCEPTED, ANSWERED, RETURNED, CANCELLED;

        public boolean isOpen() {
            return this == ASSIGNED || this == ACCEPTED;
        }
    }

    public enum ExtensionState { NONE, REQUESTED, GRANTED, DENIED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private Case assignedCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.ASSIGNED;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "original_due_at", nullable = false)
    private Instant originalDueAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason")
    private String endReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "extension_state", nullable = false)
    private ExtensionState extensionState = ExtensionState.NONE;

    @Column(name = "extension_days")
    private Integer extensionDays;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "overdue_flagged_at")
    private Instant overdueFlaggedAt;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedAt")
    private List<PausePeriod> pauses = new ArrayList<>();

    @Version
    private long version;

    protected Assignment() {
    }

    Assignment(Case assignedCase, Unit unit, Role role, Instant assignedAt, Instant dueAt) {
        this.assignedCase = assignedCase;
        this.unit = unit;
        this.role = role;
        this.assignedAt = assignedAt;
        this.dueAt = dueAt;
        this.originalDueAt = dueAt;
    }

    void accept(Instant at) {
        this.state = State.ACCEPTED;
        this.acceptedAt = at;
    }

    void answered(Instant at) {
        closePauseIfOpen(at, null);
        this.state = State.ANSWERED;
        this.answeredAt = at;
        this.endedAt = at;
    }

    /** Back in progress after the unit leader sent the answer back: the clock runs on against the same due time. */
    void reopenForRework() {
        this.state = State.ACCEPTED;
        this.answeredAt = null;
        this.endedAt = null;
    }

    void end(State endState, Instant at, String reason) {
        closePauseIfOpen(at, null);
        this.state = endState;
        this.endedAt = at;
        this.endReason = reason;
    }

    void startPause(Instant at, String reason) {
        if (openPause().isPresent()) {
            throw new IllegalStateException("a pause is already open");
        }
        pauses.add(new PausePeriod(this, at, reason));
    }

    /** Ends the open pause and moves the due time by the working time the pause lasted. */
    void endPause(Instant at, WorkingCalendar calendar) {
        closePauseIfOpen(at, calendar);
    }

    private void closePauseIfOpen(Instant at, WorkingCalendar calendar) {
        openPause().ifPresent(p -> {
            p.end(at);
            if (calendar != null) {
                dueAt = calendar.addWorkingTime(dueAt, calendar.workingTimeBetween(p.getStartedAt(), at));
            }
        });
    }

    void requestExtension(int days, String reason) {
        this.extensionState = ExtensionState.REQUESTED;
        this.extensionDays = days;
        this.extensionReason = reason;
    }

    void grantExtension(WorkingCalendar calendar) {
        this.extensionState = ExtensionState.GRANTED;
        this.dueAt = calendar.addWorkingDays(dueAt, extensionDays);
        this.warnedAt = null;
        this.overdueFlaggedAt = null;
    }

    void denyExtension() {
        this.extensionState = ExtensionState.DENIED;
    }

    public void markWarned(Instant at) {
        this.warnedAt = at;
    }

    public void markOverdue(Instant at) {
        this.overdueFlaggedAt = at;
    }

    public Optional<PausePeriod> openPause() {
        return pauses.stream().filter(PausePeriod::isOpen).findFirst();
    }

    public List<PauseInterval> pauseIntervals() {
        return pauses.stream().map(p -> new PauseInterval(p.getStartedAt(), p.getEndedAt())).toList();
    }

    public boolean isOverdueAt(Instant now) {
        return state.isOpen() && openPause().isEmpty() && now.isAfter(dueAt);
    }

    public Long getId() { return id; }
    public Case getCase() { return assignedCase; }
    public Unit getUnit() { return unit; }
    public Role getRole() { return role; }
    public State getState() { return state; }
    public Instant getAssignedAt() { return assignedAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getOriginalDueAt() { return originalDueAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getEndedAt() { return endedAt; }
    public String getEndReason() { return endReason; }
    public ExtensionState getExtensionState() { return extensionState; }
    public Integer getExtensionDays() { return extensionDays; }
    public String getExtensionReason() { return extensionReason; }
    public Instant getWarnedAt() { return warnedAt; }
    public Instant getOverdueFlaggedAt() { return overdueFlaggedAt; }
    public List<PausePeriod> getPauses() { return List.copyOf(pauses); }
}
