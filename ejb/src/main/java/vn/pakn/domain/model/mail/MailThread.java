package vn.pakn.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A Message-ID that belongs to a case: one we received (the report itself, a follow-up) or one we sent (an
 * acknowledgement, an answer). A reply names such ids in In-Reply-To or References, which is how it finds
 * its case. Ids are stored without the angle brackets.
 */
@Entity
@Table(name = "mail_thread")
public class MailThread {

    public enum Direction { IN, OUT }

    @Id
    @Column(name = "message_id", length = MailItem.MAX_MESSAGE_ID)
    private String messageId;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false, length = 3)
    private String direction;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MailThread() {
    }

    public MailThread(String messageId, Long caseId, Direction direction, Instant recordedAt) {
        this.messageId = messageId;
        this.caseId = caseId;
        this.direction = direction.name();
        this.recordedAt = recordedAt;
    }

    public String getMessageId() { return messageId; }
    public Long getCaseId() { return caseId; }
    public Direction getDirection() { return Direction.valueOf(direction); }
    public Instant getRecordedAt() { return recordedAt; }
}
