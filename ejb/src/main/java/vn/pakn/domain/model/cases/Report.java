package vn.pakn.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.pakn.domain.model.category.Area;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.shared.Channel;

/**
 * One submission by one reporter through one channel, with its own tracking code. It belongs to the case it
 * opened or, once merged as a duplicate, to the master case; {@code originalCase} keeps where it started so
 * that a merge can be undone.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    private Long id;

    @Column(name = "tracking_code", nullable = false, unique = true, length = 10)
    private String trackingCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private Case currentCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "original_case_id")
    private Case originalCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String title;

    /** NFC-normalised text; {@code descriptionOriginal} keeps exactly what was received. */
    @Column(nullable = false)
    private String description;

    @Column(name = "description_original", nullable = false)
    private String descriptionOriginal;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private Area area;

    private String address;
    private Double latitude;
    private Double longitude;

    @Embedded
    private Reporter reporter;

    @Column(name = "call_linkedid")
    private String callLinkedId;

    @Column(name = "created_by")
    private String createdBy;

    protected Report() {
    }

    public Report(TrackingCode trackingCode, Channel channel, Instant receivedAt, String title, String description,
                  String descriptionOriginal, Category category, Area area, String address, Double latitude,
                  Double longitude, Reporter reporter, String callLinkedId, String createdBy) {
        this.trackingCode = trackingCode.value();
        this.channel = channel;
        this.receivedAt = receivedAt;
        this.title = title;
        this.description = description;
        this.descriptionOriginal = descriptionOriginal;
        this.category = category;
        this.area = area;
        this.address = address;
        this.latitude = latitude;
        this.longitude = longitude;
        this.reporter = reporter;
        this.callLinkedId = callLinkedId;
        this.createdBy = createdBy;
    }

    void openedAs(Case c) {
        this.currentCase = c;
        this.originalCase = c;
    }

    void movedTo(Case c) {
        this.currentCase = c;
    }

    /** True when the citizen proved the lookup is theirs with the last 4 digits of their phone, or their e-mail. */
    public boolean matchesLookupSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            return false;
        }
        String s = secret.strip();
        String phone = reporter == null ? null : reporter.getPhone();
        String email = reporter == null ? null : reporter.getEmail();
        return (phone != null && s.length() == 4 && phone.endsWith(s))
                || (email != null && email.equalsIgnoreCase(s));
    }

    public Long getId() { return id; }
    public String getTrackingCode() { return trackingCode; }
    public Case getCase() { return currentCase; }
    public Case getOriginalCase() { return originalCase; }
    public Channel getChannel() { return channel; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getDescriptionOriginal() { return descriptionOriginal; }
    public Category getCategory() { return category; }
    public Area getArea() { return area; }
    public String getAddress() { return address; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public Reporter getReporter() { return reporter; }
    public String getCallLinkedId() { return callLinkedId; }
    public String getCreatedBy() { return createdBy; }
}
