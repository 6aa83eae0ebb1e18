package vn.pakn.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.pakn.application.ReferenceData;
import vn.pakn.application.StaffMember;
import vn.pakn.application.admin.AdminForms.RuleForm;
import vn.pakn.application.admin.AdminViews.RoutingRuleView;
import vn.pakn.domain.model.category.Area;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.routing.RoutingRule;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.unit.Unit;

/**
 * Routing rules (category, area) → lead unit and coordinating units. One active rule per (category, area)
 * pair, so "the most specific rule wins" never has to pick between equals. A rule is never edited in place:
 * a change deactivates it and creates its successor, so the rule a case was routed by stays on record.
 */
@Stateless
public class RoutingRuleAdministration {

    private static final String RULE_FETCH = "SELECT DISTINCT r FROM RoutingRule r LEFT JOIN FETCH r.category LEFT JOIN FETCH r.area "
            + "JOIN FETCH r.leadUnit LEFT JOIN FETCH r.coordinators";

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private AdminAccess access;

    @Inject
    private ReferenceData reference;

    /** Rules, most specific first, then by category and area code. */
    public List<RoutingRuleView> list(boolean includeInactive) {
        access.requireAdmin();
        return em.createQuery(RULE_FETCH + (includeInactive ? "" : " WHERE r.active = TRUE"), RoutingRule.class)
                .getResultStream().map(RoutingRuleView::of)
                .sorted(java.util.Comparator.comparingInt(RoutingRuleView::specificity).reversed()
                        .thenComparing(v -> String.valueOf(v.categoryCode()))
                        .thenComparing(v -> String.valueOf(v.areaCode()))
                        .thenComparingLong(RoutingRuleView::id))
                .toList();
    }

    /**
     * The rule a report of {@code categoryCode} in {@code areaCode} would be routed by (either may be blank: not
     * known yet), the same choice intake and dispatch make; empty when no active rule applies.
     */
    public Optional<RoutingRuleView> match(String categoryCode, String areaCode) {
        access.requireAdmin();
        Category category = reference.category(categoryCode).orElse(null);
        Area area = reference.area(areaCode).orElse(null);
        return reference.routeFor(category, area).map(RoutingRuleView::of);
    }

    public RoutingRuleView create(RuleForm form) {
        StaffMember admin = access.requireAdmin();
        RoutingRule rule = persistNew(form);
        AdminAudit.log(admin.username(), "create", "routing-rule", rule.getId(), describe(rule));
        return RoutingRuleView.of(rule);
    }

    /** Deactivates rule {@code id} and creates its successor from {@code form}; returns the successor. */
    public RoutingRuleView replace(long id, RuleForm form) {
        StaffMember admin = access.requireAdmin();
        RoutingRule old = find(id);
        if (!old.isActive()) {
            throw DomainException.conflict("rule-inactive", "Quy tắc " + id + " đã ngừng; hãy tạo quy tắc mới.",
                    "Rule " + id + " is not active; create a new rule instead.");
        }
        old.deactivate();
        em.flush();
        RoutingRule rule = persistNew(form);
        AdminAudit.log(admin.username(), "replace", "routing-rule", id, "by=" + rule.getId() + " " + describe(rule));
        return RoutingRuleView.of(rule);
    }

    public RoutingRuleView deactivate(long id) {
        StaffMember admin = access.requireAdmin();
        RoutingRule rule = find(id);
        rule.deactivate();
        AdminAudit.log(admin.username(), "deactivate", "routing-rule", id);
        return RoutingRuleView.of(rule);
    }

    private RoutingRule persistNew(RuleForm form) {
        Category category = AdminCodes.optionalText(form.categoryCode()) == null ? null : category(form.categoryCode());
        Area area = AdminCodes.optionalText(form.areaCode()) == null ? null : area(form.areaCode());
        Unit lead = activeUnit(form.leadUnitCode());
        Set<Unit> coordinators = new LinkedHashSet<>();
        for (String code : coordinatorCodes(lead.getCode(), form.coordinatorUnitCodes())) {
            coordinators.add(activeUnit(code));
        }
        var same = em.createQuery("SELECT COUNT(r) FROM RoutingRule r WHERE r.active = TRUE AND "
                + (category == null ? "r.category IS NULL" : "r.category = :c") + " AND "
                + (area == null ? "r.area IS NULL" : "r.area = :a"), Long.class);
        if (category != null) {
            same.setParameter("c", category);
        }
        if (area != null) {
            same.setParameter("a", area);
        }
        if (same.getSingleResult() > 0) {
            throw DomainException.conflict("duplicate-rule",
                    "Đã có quy tắc đang hoạt động cho lĩnh vực " + label(category) + " và địa bàn " + label(area) + "; hãy sửa quy tắc đó.",
                    "An active rule for category " + label(category) + " and area " + label(area) + " exists already; change that rule.");
        }
        var rule = new RoutingRule(category, area, lead, coordinators, AdminCodes.optionalText(form.note()));
        em.persist(rule);
        em.flush();
        return rule;
    }

    /**
     * The coordinating unit codes, normalised and without repeats; the lead unit cannot also coordinate.
     */
    static List<String> coordinatorCodes(String leadCode, List<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        for (String c : codes == null ? List.<String>of() : codes) {
            String code = AdminCodes.lookupKey(c);
            if (code.equals(leadCode)) {
                throw DomainException.invalid("lead-coordinates", "Đơn vị chủ trì '" + leadCode + "' không thể đồng thời là đơn vị phối hợp.",
                        "The lead unit '" + leadCode + "' cannot also be a coordinating unit.");
            }
            if (!code.isEmpty()) {
                result.add(code);
            }
        }
        return List.copyOf(result);
    }

    private static String label(Object o) {
        return o == null ? "(mọi / any)" : o instanceof Category c ? c.getCode() : ((Area) o).getCode();
    }

    private static String describe(RoutingRule r) {
        return "category=" + (r.getCategory() == null ? "*" : r.getCategory().getCode()) + " area="
                + (r.getArea() == null ? "*" : r.getArea().getCode()) + " lead=" + r.getLeadUnit().getCode() + " coordinators="
                + r.getCoordinators().stream().map(Unit::getCode).toList();
    }

    private Category category(String code) {
        var c = AdminLookups.referenced(em, Category.class, code, "lĩnh vực", "category");
        AdminLookups.requireActive(c.isActive(), "lĩnh vực", "category", c.getCode());
        return c;
    }

    private Area area(String code) {
        var a = AdminLookups.referenced(em, Area.class, code, "địa bàn", "area");
        AdminLookups.requireActive(a.isActive(), "địa bàn", "area", a.getCode());
        return a;
    }

    private Unit activeUnit(String code) {
        var u = AdminLookups.referenced(em, Unit.class, code, "đơn vị", "unit");
        AdminLookups.requireActive(u.isActive(), "đơn vị", "unit", u.getCode());
        return u;
    }

    private RoutingRule find(long id) {
        return em.createQuery(RULE_FETCH + " WHERE r.id = :id", RoutingRule.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> AdminCodes.notFound("quy tắc chuyển xử lý", "routing rule", id));
    }
}
