package vn.pakn.domain.model.routing;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.pakn.domain.model.category.Area;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.unit.Unit;

/**
 * (category, area) → lead unit and coordinating units. A missing category or area is a wildcard; the most
 * specific matching rule wins (both given beats category only beats area only).
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_rule_seq")
    @SequenceGenerator(name = "routing_rule_seq", sequenceName = "routing_rule_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    private Area area;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_unit_id")
    private Unit leadUnit;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "routing_rule_coordinator", joinColumns = @JoinColumn(name = "rule_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> coordinators = new LinkedHashSet<>();

    private boolean active = true;
    private String note;

    protected RoutingRule() {
    }

    public RoutingRule(Category category, Area area, Unit leadUnit, Set<Unit> coordinators, String note) {
        if (leadUnit == null) {
            throw new IllegalArgumentException("leadUnit must be given");
        }
        this.category = category;
        this.area = area;
        this.leadUnit = leadUnit;
        this.coordinators = new LinkedHashSet<>(coordinators);
        this.note = note;
    }

    /** 3 for category+area, 2 for category only, 1 for area only, 0 for the catch-all; -1 when it doesn't match. */
    public int specificityFor(Long categoryId, Long areaId) {
        boolean categoryMatches = category == null || category.getId().equals(categoryId);
        boolean areaMatches = area == null || area.getId().equals(areaId);
        if (!active || !categoryMatches || !areaMatches) {
            return -1;
        }
        return (category != null ? 2 : 0) + (area != null ? 1 : 0);
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getId() { return id; }
    public Category getCategory() { return category; }
    public Area getArea() { return area; }
    public Unit getLeadUnit() { return leadUnit; }
    public Set<Unit> getCoordinators() { return coordinators; }
    public boolean isActive() { return active; }
    public String getNote() { return note; }
}
