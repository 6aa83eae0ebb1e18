package vn.pakn.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.pakn.domain.model.shared.DomainException;

/** A reporter's satisfaction with the published answer (mức độ hài lòng), 1 to 5; one per report. */
@Entity
@Table(name = "rating")
public class Rating {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_seq")
    @SequenceGenerator(name = "rating_seq", sequenceName = "rating_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "report_id", nullable = false, unique = true)
    private Long reportId;

    @Column(nullable = false)
    private int score;

    @Column(name = "comment_text")
    private String comment;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected Rating() {
    }

    public Rating(Long caseId, Long reportId, int score, String comment, Instant ratedAt) {
        if (score < 1 || score > 5) {
            throw DomainException.invalid("bad-score", "Mức độ hài lòng phải từ 1 đến 5.", "The score must be between 1 and 5.");
        }
        this.caseId = caseId;
        this.reportId = reportId;
        this.score = score;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    public void change(int newScore, String newComment, Instant at) {
        if (newScore < 1 || newScore > 5) {
            throw DomainException.invalid("bad-score", "Mức độ hài lòng phải từ 1 đến 5.", "The score must be between 1 and 5.");
        }
        this.score = newScore;
        this.comment = newComment;
        this.ratedAt = at;
    }

    public Long getCaseId() { return caseId; }
    public Long getReportId() { return reportId; }
    public int getScore() { return score; }
    public String getComment() { return comment; }
    public Instant getRatedAt() { return ratedAt; }
}
