package vn.pakn.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A leader's permission for one unit to see who reported one case, kept as the audit record of that decision. */
@Entity
@Table(name = "identity_grant")
public class IdentityGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "identity_grant_seq")
    @SequenceGenerator(name = "identity_grant_seq", sequenceName = "identity_grant_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(nullable = false)
    private String reason;

    protected IdentityGrant() {
    }

    public IdentityGrant(Long caseId, Long unitId, String grantedBy, Instant grantedAt, String reason) {
        this.caseId = caseId;
        this.unitId = unitId;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.reason = reason;
    }

    public Long getCaseId() { return caseId; }
    public Long getUnitId() { return unitId; }
    public String getGrantedBy() { return grantedBy; }
    public Instant getGrantedAt() { return grantedAt; }
    public String getReason() { return reason; }
}
