package vn.pakn.domain.model.open311;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.pakn.domain.model.cases.Report;

/**
 * What an Open311 client sent with a report that our report has no field for: the client's key, the token it
 * can ask about later, the media URL, its address id, device and account ids and the attribute answers (as
 * {@code code=value} lines, in the category's order).
 */
@Entity
@Table(name = "open311_submission")
public class Open311Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "open311_submission_seq")
    @SequenceGenerator(name = "open311_submission_seq", sequenceName = "open311_submission_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "api_key_id")
    private ApiKey apiKey;

    @Column(nullable = false, unique = true)
    private String token;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(name = "media_url")
    private String mediaUrl;

    @Column(name = "address_id")
    private String addressId;

    @Column(name = "device_id")
    private String deviceId;

    @Column(name = "account_id")
    private String accountId;

    private String attributes;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected Open311Submission() {
    }

    public Open311Submission(Report report, ApiKey apiKey, String token, String serviceCode, String mediaUrl, String addressId,
                             String deviceId, String accountId, String attributes, Instant submittedAt) {
        this.report = report;
        this.apiKey = apiKey;
        this.token = token;
        this.serviceCode = serviceCode;
        this.mediaUrl = mediaUrl;
        this.addressId = addressId;
        this.deviceId = deviceId;
        this.accountId = accountId;
        this.attributes = attributes;
        this.submittedAt = submittedAt;
    }

    public Long getId() { return id; }
    public Report getReport() { return report; }
    public ApiKey getApiKey() { return apiKey; }
    public String getToken() { return token; }
    public String getServiceCode() { return serviceCode; }
    public String getMediaUrl() { return mediaUrl; }
    public String getAddressId() { return addressId; }
    public String getDeviceId() { return deviceId; }
    public String getAccountId() { return accountId; }
    public String getAttributes() { return attributes; }
    public Instant getSubmittedAt() { return submittedAt; }
}
