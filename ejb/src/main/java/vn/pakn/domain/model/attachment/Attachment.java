package vn.pakn.domain.model.attachment;

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
import vn.pakn.domain.model.shared.Channel;

/**
 * A file that came with a report (portal photo, e-mail attachment), with a reporter's later e-mail on a case,
 * or with a unit's answer. The type is the one read from the bytes, never the sender's claim. A refused file
 * (too large, type not accepted) is kept as a row without content and with the reason, so the staff know the
 * citizen sent it. The bytes are stored apart ({@code attachment_content}) so that listing never reads them.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", updatable = false)
    private Long reportId;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "answer_id", updatable = false)
    private Long answerId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "declared_type", updatable = false)
    private String declaredType;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(updatable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(name = "uploaded_by", updatable = false)
    private String uploadedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    @Column(name = "rejected_reason", updatable = false)
    private String rejectedReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    private Attachment(Owner owner, FileFacts file, Channel channel, String uploadedBy, Visibility visibility,
                       String rejectedReason, Instant createdAt) {
        this.reportId = owner.reportId();
        this.caseId = owner.caseId();
        this.answerId = owner.answerId();
        this.fileName = FileNames.safe(file.fileName(), file.contentType());
        this.declaredType = cut(file.declaredType(), 200);
        this.contentType = Objects.requireNonNull(file.contentType(), "contentType");
        this.size = file.size();
        this.sha256 = file.sha256();
        this.channel = Objects.requireNonNull(channel, "channel");
        this.uploadedBy = cut(uploadedBy, 100);
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.rejectedReason = cut(rejectedReason, 500);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** What the attachment belongs to: a report, a case (a reporter's later e-mail) or an answer. */
    public record Owner(Long reportId, Long caseId, Long answerId) {
        public Owner {
            if (reportId == null && caseId == null && answerId == null) {
                throw new IllegalArgumentException("an attachment belongs to a report, a case or an answer");
            }
        }

        public static Owner report(long reportId) {
            return new Owner(reportId, null, null);
        }

        public static Owner caseFollowUp(long caseId) {
            return new Owner(null, caseId, null);
        }

        public static Owner answer(long answerId) {
            return new Owner(null, null, answerId);
        }
    }

    /** What is known of the file itself: the given name and type, the sniffed type, size and hash. */
    public record FileFacts(String fileName, String declaredType, String contentType, long size, String sha256) {
    }

    /** A file whose bytes are kept. */
    public static Attachment stored(Owner owner, FileFacts file, Channel channel, String uploadedBy, Visibility visibility,
                                    Instant at) {
        return new Attachment(owner, file, channel, uploadedBy, visibility, null, at);
    }

    /** A file that was refused: listed, without bytes, with the reason (Vietnamese / English). */
    public static Attachment rejected(Owner owner, FileFacts file, Channel channel, String uploadedBy, String reason,
                                      Instant at) {
        return new Attachment(owner, file, channel, uploadedBy, Visibility.STAFF, Objects.requireNonNull(reason, "reason"), at);
    }

    public boolean hasContent() {
        return rejectedReason == null;
    }

    public boolean isImage() {
        return hasContent() && contentType.startsWith("image/");
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public Long getReportId() { return reportId; }
    public Long getCaseId() { return caseId; }
    public Long getAnswerId() { return answerId; }
    public String getFileName() { return fileName; }
    public String getDeclaredType() { return declaredType; }
    public String getContentType() { return contentType; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public Channel getChannel() { return channel; }
    public String getUploadedBy() { return uploadedBy; }
    public Visibility getVisibility() { return visibility; }
    public String getRejectedReason() { return rejectedReason; }
    public Instant getCreatedAt() { return createdAt; }
}
