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

/** A unit's answer (kết quả xử lý); once the unit leader approves it, a redacted copy is published. */
@Entity
@Table(name = "answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_seq")
    @SequenceGenerator(name = "answer_seq", sequenceName = "answer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private Case answeredCase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "rejected_note")
    private String rejectedNote;

    @Column(name = "published_body")
    private String publishedBody;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Answer() {
    }

    Answer(Case answeredCase, Assignment assignment, String body, String author, Instant createdAt) {
        this.answeredCase = answeredCase;
        this.assignment = assignment;
        this.body = body;
        this.author = author;
        this.createdAt = createdAt;
    }

    void approve(String by, Instant at) {
        this.approvedBy = by;
        this.approvedAt = at;
    }

    void reject(String note) {
        this.rejectedNote = note;
    }

    void publish(String redactedBody, Instant at) {
        this.publishedBody = redactedBody;
        this.publishedAt = at;
    }

    public boolean isPending() {
        return approvedAt == null && rejectedNote == null;
    }

    public Long getId() { return id; }
    public Assignment getAssignment() { return assignment; }
    public String getBody() { return body; }
    public String getAuthor() { return author; }
    public Instant getCreatedAt() { return createdAt; }
    public String getApprovedBy() { return approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getRejectedNote() { return rejectedNote; }
    public String getPublishedBody() { return publishedBody; }
    public Instant getPublishedAt() { return publishedAt; }
}
