package vn.pakn.domain.model.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An inbound e-mail exactly as the mailbox gave it (the .eml bytes), stored before anything else happens to
 * it and before it leaves the mailbox's inbox, beside the {@code inbox_item} that makes it unique by
 * Message-ID. Processing sets the outcome once, from {@link MailStatus#STORED}; the raw bytes never change.
 */
@Entity
@Table(name = "mail_item")
public class MailItem {

    public static final int MAX_REASON = 2000;
    public static final int MAX_SUBJECT = 500;
    public static final int MAX_ATTACHMENTS = 4000;
    public static final int MAX_SENDER = 320;
    public static final int MAX_MESSAGE_ID = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_item_seq")
    @SequenceGenerator(name = "mail_item_seq", sequenceName = "mail_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "inbox_item_id", nullable = false, updatable = false)
    private Long inboxItemId;

    @Column(name = "message_id", length = MAX_MESSAGE_ID, updatable = false)
    private String messageId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] raw;

    @Column(name = "raw_size", nullable = false, updatable = false)
    private long rawSize;

    @Column(nullable = false, updatable = false)
    private boolean truncated;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status = MailStatus.STORED;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(length = MAX_SENDER)
    private String sender;

    @Column(length = MAX_SUBJECT)
    private String subject;

    @Column(length = MAX_ATTACHMENTS)
    private String attachments;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "report_id")
    private Long reportId;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected MailItem() {
    }

    /**
     * @param rawSize the size the mailbox reported, which is more than {@code raw.length} when the message
     *     was too big and only its beginning was kept ({@code truncated})
     */
    public MailItem(Long inboxItemId, String messageId, byte[] raw, long rawSize, boolean truncated, Instant receivedAt) {
        this.inboxItemId = inboxItemId;
        this.messageId = cut(messageId, MAX_MESSAGE_ID);
        this.raw = raw.clone();
        this.rawSize = rawSize;
        this.truncated = truncated;
        this.receivedAt = receivedAt;
    }

    /** Whether processing has decided the outcome already (then a second reader leaves it alone). */
    public boolean isDone() {
        return status != MailStatus.STORED;
    }

    /** What the message says about itself, for the ADMIN views; set when it is parsed. */
    public void describe(String sender, String subject, String attachments) {
        this.sender = cut(sender, MAX_SENDER);
        this.subject = cut(subject, MAX_SUBJECT);
        this.attachments = cut(attachments, MAX_ATTACHMENTS);
    }

    public void outcome(MailStatus status, String reason, Long caseId, Long reportId, Instant at) {
        if (status == MailStatus.STORED) {
            throw new IllegalArgumentException("an outcome cannot be STORED");
        }
        this.status = status;
        this.reason = cut(reason, MAX_REASON);
        this.caseId = caseId;
        this.reportId = reportId;
        this.processedAt = at;
    }

    /**
     * An ADMIN releases a quarantined message: it is {@link MailStatus#STORED} again, to be processed once more
     * in the same transaction; the outcome of that processing replaces the quarantine reason.
     */
    public void release() {
        requireQuarantined();
        this.status = MailStatus.STORED;
        this.processedAt = null;
    }

    /** An ADMIN dismisses a quarantined message: kept with its reason, no longer pending. */
    public void dismiss() {
        requireQuarantined();
        this.status = MailStatus.DISMISSED;
    }

    public boolean isQuarantined() {
        return status == MailStatus.QUARANTINED;
    }

    private void requireQuarantined() {
        if (status != MailStatus.QUARANTINED) {
            throw new IllegalStateException("mail " + id + " is " + status + ", not quarantined");
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public Long getInboxItemId() { return inboxItemId; }
    public String getMessageId() { return messageId; }
    public byte[] getRaw() { return raw.clone(); }
    public long getRawSize() { return rawSize; }
    public boolean isTruncated() { return truncated; }
    public Instant getReceivedAt() { return receivedAt; }
    public MailStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public String getSender() { return sender; }
    public String getSubject() { return subject; }
    public String getAttachments() { return attachments; }
    public Long getCaseId() { return caseId; }
    public Long getReportId() { return reportId; }
    public Instant getProcessedAt() { return processedAt; }
}
