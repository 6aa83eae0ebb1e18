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

    protected InboxItem() {
    }

    public InboxItem(Channel channel, String idempotencyKey, Instant receivedAt, String payload) {
        this.channel = channel;
        this.idempotencyKey = idempotencyKey;
        this.receivedAt = receivedAt;
        this.payload = payload;
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
}
