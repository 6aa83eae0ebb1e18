package vn.pakn.domain.model.notification;

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
import java.util.Objects;

/**
 * One message to a person or a unit, kept in the {@code notification} outbox: written in the same
 * transaction as the change it tells about, delivered later by a channel, retried with backoff. The
 * recipient is written as {@link Recipients} says; subject and body are Vietnamese first, English second.
 *
 * <p>A row may hold personal data (a citizen's address); it never goes to a log except through
 * {@link Recipients#forLog}.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MAX_RECIPIENT = 320;
    public static final int MAX_SUBJECT = 500;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_ERROR = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(length = MAX_RECIPIENT)
    private String recipient;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationStatus status = NotificationStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    protected Notification() {
    }

    /**
     * A message waiting for delivery from {@code now}. Subject and body are required; texts longer than the
     * columns are cut (the body with an ellipsis) rather than failing the business transaction.
     */
    public static Notification pending(NotificationKind kind, Long caseId, Long unitId, String recipient,
                                       String subject, String body, Instant now) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(now, "now");
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a notification needs a subject (kind " + kind + ")");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a notification needs a body (kind " + kind + ")");
        }
        if (recipient != null && recipient.length() > MAX_RECIPIENT) {
            throw new IllegalArgumentException("recipient longer than " + MAX_RECIPIENT + " characters (kind " + kind + ")");
        }
        var n = new Notification();
        n.kind = kind;
        n.caseId = caseId;
        n.unitId = unitId;
        n.recipient = recipient;
        n.subject = cut(subject.strip(), MAX_SUBJECT);
        n.body = cut(body, MAX_BODY);
        n.createdAt = now;
        n.nextAttemptAt = now;
        return n;
    }

    /** Whether a dispatcher may pick this message up at {@code now}. */
    public boolean isDue(Instant now) {
        return status == NotificationStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** Delivered. */
    public void markSent(Instant at) {
        this.status = NotificationStatus.SENT;
        this.sentAt = at;
        this.lastError = null;
    }

    /**
     * The attempt counted in {@link #getAttempts()} failed: try again when {@code policy} says, or give up
     * ({@link NotificationStatus#FAILED}) when it was the last one.
     */
    public void recordFailure(Instant at, String error, RetryPolicy policy) {
        this.lastError = error == null ? "unknown error" : cut(error, MAX_ERROR);
        policy.nextAttempt(attempts, at).ifPresentOrElse(
                next -> this.nextAttemptAt = next,
                () -> this.status = NotificationStatus.FAILED);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public NotificationKind getKind() { return kind; }
    public Long getCaseId() { return caseId; }
    public Long getUnitId() { return unitId; }
    public String getRecipient() { return recipient; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public NotificationStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getSentAt() { return sentAt; }
    public String getLastError() { return lastError; }
}
