package vn.pakn.domain.model.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A responsible unit: a department, a ward or commune people's committee, a public utility. Units form a
 * tree whose levels are data, not code (Vietnam removed the district level in 2025). The materialised
 * {@code path} ("/1/7/") lets "this unit and its sub-units" be one indexed LIKE.
 */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(nullable = false)
    private String kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(nullable = false)
    private String path;

    private String email;
    private String phone;
    private String address;
    private boolean active = true;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String code, String nameVi, String nameEn, String kind, Unit parent) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.kind = kind;
        this.parent = parent;
        this.path = "/";
    }

    /** Called once the id is known (after persist): the path ends with the unit's own id. */
    public void assignPath() {
        this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
    }

    public boolean isWithin(Unit ancestor) {
        return path.startsWith(ancestor.getPath());
    }

    public void update(String nameVi, String nameEn, String kind, String email, String phone, String address, boolean active) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.kind = kind;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.active = active;
    }

    public void setContact(String email, String phone, String address) {
        this.email = email;
        this.phone = phone;
        this.address = address;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
    public String getKind() { return kind; }
    public Unit getParent() { return parent; }
    public String getPath() { return path; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getAddress() { return address; }
    public boolean isActive() { return active; }
}
