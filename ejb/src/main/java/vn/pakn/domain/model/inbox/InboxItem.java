package vn.pakn.domain.model.inbox;

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
import vn.pakn.domain.model.shared.Channel;

/**
 * A raw inbound item exactly as it arrived, stored before anything else happens to it. The unique
 * (channel, idempotency key) — portal request id, e-mail Message-ID, AMI Linkedid — makes a retry return
 * the first result instead of a second report.
 */
@Entity
@Table(name = "inbox_item")
public class InboxItem {

    public enum Status { PENDING, PROCESSED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_item_seq")
    @SequenceGenerator(name = "inbox_item_seq", sequenceName = "inbox_item_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "report_id")
    private Long reportId;

    private String error;

    /** The code given out at acceptance (journaled submissions), or the code of the report opened from the item. */
    @Column(name = "tracking_code")
    private String trackingCode;

    @Column(name = "submitted_by")
    private String submittedBy;

    /** The forwarding deadline the receipt promised (journaled submissions); the case is opened with it. */
    @Column(name = "forward_due_at")
    private Instant forwardDueAt;

    protected InboxItem() {
    }

    public InboxItem(Channel channel, String idempotencyKey, Instant receivedAt, String payload) {
        this.channel = channel;
        this.idempotencyKey = idempotencyKey;
        this.receivedAt = receivedAt;
        this.payload = payload;
    }

    /**
     * A journaled submission: validated and given its code before it is stored; the case is opened from it later,
     * with this received time and forwarding deadline ({@code payload} is the submitted command as JSON).
     */
    public static InboxItem journaled(Channel channel, String idempotencyKey, Instant receivedAt, String payload,
                                      String trackingCode, String submittedBy, Instant forwardDueAt) {
        var item = new InboxItem(channel, idempotencyKey, receivedAt, payload);
        item.trackingCode = trackingCode;
        item.submittedBy = submittedBy;
        item.forwardDueAt = forwardDueAt;
        return item;
    }

    /** The tracking code the report opened from this item got; unique across inbox items of every channel. */
    public void reserveCode(String code) {
        this.trackingCode = code;
    }

    public void processed(Long reportId) {
        this.status = Status.PROCESSED;
        this.reportId = reportId;
        this.error = null;
    }

    public void failed(String error) {
        this.status = Status.FAILED;
        this.error = error;
    }

    public Long getId() { return id; }
    public Channel getChannel() { return channel; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getPayload() { return payload; }
    public Status getStatus() { return status; }
    public Long getReportId() { return reportId; }
    public String getTrackingCode() { return trackingCode; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getForwardDueAt() { return forwardDueAt; }
    public String getError() { return error; }
    public boolean isJournaled() { return forwardDueAt != null; }
}
