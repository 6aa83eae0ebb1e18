package vn.pakn.domain.model.category;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A field of reports (lĩnh vực) with its SLA policy. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "description_vi")
    private String descriptionVi;

    @Embedded
    private SlaPolicy sla;

    private boolean active = true;

    @Version
    private long version;

    protected Category() {
    }

    public Category(String code, String nameVi, String nameEn, String descriptionVi, SlaPolicy sla) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.descriptionVi = descriptionVi;
        this.sla = sla;
    }

    public void update(String nameVi, String nameEn, String descriptionVi, SlaPolicy sla, boolean active) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.descriptionVi = descriptionVi;
        this.sla = sla;
        this.active = active;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public String getDescriptionVi() { return descriptionVi; }
    public SlaPolicy getSla() { return sla; }
    public boolean isActive() { return active; }
}
