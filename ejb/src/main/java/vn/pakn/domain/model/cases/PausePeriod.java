package vn.pakn.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stretch of time when the unit waited for information from the citizen: the deadline clock stands still. */
@Entity
@Table(name = "pause_period")
public class PausePeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pause_period_seq")
    @SequenceGenerator(name = "pause_period_seq", sequenceName = "pause_period_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(nullable = false)
    private String reason;

    protected PausePeriod() {
    }

    PausePeriod(Assignment assignment, Instant startedAt, String reason) {
        this.assignment = assignment;
        this.startedAt = startedAt;
        this.reason = reason;
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public Long getId() { return id; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
    public String getReason() { return reason; }
}
