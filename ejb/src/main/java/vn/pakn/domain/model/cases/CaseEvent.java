package vn.pakn.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.pakn.domain.model.identity.Role;

/** One step in a case's history: who did what, when, from which state to which. Inserted, never updated. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
    @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, updatable = false)
    private Role actorRole;

    /** A {@link CaseAction} name, or RECEIVE for the first event (the report came in). */
    @Column(nullable = false, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false)
    private CaseState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private CaseState toState;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Column(updatable = false)
    private String note;

    protected CaseEvent() {
    }

    public CaseEvent(Long caseId, Instant occurredAt, String actor, Role actorRole, String action,
                     CaseState fromState, CaseState toState, Long unitId, String note) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.unitId = unitId;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public Role getActorRole() { return actorRole; }
    public String getAction() { return action; }
    public CaseState getFromState() { return fromState; }
    public CaseState getToState() { return toState; }
    public Long getUnitId() { return unitId; }
    public String getNote() { return note; }
}
