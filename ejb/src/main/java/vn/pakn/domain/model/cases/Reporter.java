package vn.pakn.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The person behind a report. Confidential: units see it only with the reporter's consent or a leader's
 * grant, and it never goes to logs. The phone is stored in E.164 with its SHA-256 beside it for matching.
 */
@Embeddable
public class Reporter {

    @Column(name = "reporter_name")
    private String name;

    @Column(name = "reporter_phone")
    private String phone;

    @Column(name = "reporter_phone_hash")
    private String phoneHash;

    @Column(name = "reporter_email")
    private String email;

    @Column(name = "reporter_citizen_id")
    private String citizenId;

    @Column(name = "reporter_address")
    private String address;

    @Column(name = "consent_share_identity", nullable = false)
    private boolean consentToShareIdentity;

    protected Reporter() {
    }

    public Reporter(String name, String phone, String phoneHash, String email, String citizenId, String address,
                    boolean consentToShareIdentity) {
        this.name = name;
        this.phone = phone;
        this.phoneHash = phoneHash;
        this.email = email;
        this.citizenId = citizenId;
        this.address = address;
        this.consentToShareIdentity = consentToShareIdentity;
    }

    public String getName() { return name; }
    public String getPhone() { return phone; }
    public String getPhoneHash() { return phoneHash; }
    public String getEmail() { return email; }
    public String getCitizenId() { return citizenId; }
    public String getAddress() { return address; }
    public boolean isConsentToShareIdentity() { return consentToShareIdentity; }
}
