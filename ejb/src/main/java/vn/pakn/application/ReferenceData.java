package vn.pakn.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.pakn.domain.model.category.Area;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.routing.RoutingRule;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.unit.Unit;

/** Looks up units, categories and areas by their codes, refusing unknown codes with a clear message. */
@Stateless
public class ReferenceData {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    public Optional<Category> category(String code) {
        return byCode(Category.class, "Category", code, "lĩnh vực", "category");
    }

    public Optional<Area> area(String code) {
        return byCode(Area.class, "Area", code, "địa bàn", "area");
    }

    public Unit unit(String code) {
        return byCode(Unit.class, "Unit", code, "đơn vị", "unit").orElseThrow(() ->
                DomainException.invalid("missing-unit", "Cần chọn đơn vị.", "A unit is required."));
    }

    private <T> Optional<T> byCode(Class<T> type, String entity, String code, String vi, String en) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        var found = em.createQuery("SELECT x FROM " + entity + " x WHERE x.code = :c", type)
                .setParameter("c", code.strip()).setMaxResults(1).getResultList().stream().findFirst();
        if (found.isEmpty()) {
            throw DomainException.invalid("unknown-" + en, "Không có " + vi + " với mã '" + code + "'.",
                    "There is no " + en + " with code '" + code + "'.");
        }
        return found;
    }

    public List<Category> activeCategories() {
        return em.createQuery("SELECT c FROM Category c WHERE c.active = TRUE ORDER BY c.nameVi", Category.class).getResultList();
    }

    /** Active units in tree order (by path), so a list shows each unit under its parent. */
    public List<Unit> activeUnits() {
        return em.createQuery("SELECT u FROM Unit u WHERE u.active = TRUE ORDER BY u.path", Unit.class).getResultList();
    }

    public List<Area> activeAreas() {
        return em.createQuery("SELECT a FROM Area a WHERE a.active = TRUE ORDER BY a.nameVi", Area.class).getResultList();
    }

    /**
     * The most specific active routing rule for (category, area), if any. Only the rules that can apply are read
     * (reading all of them on every intake was an eighth of the intake's CPU, and each one stayed in the
     * persistence context to be dirty-checked at commit).
     */
    public Optional<RoutingRule> routeFor(Category category, Area area) {
        var query = em.createQuery("SELECT r FROM RoutingRule r JOIN FETCH r.leadUnit WHERE r.active = TRUE AND "
                + (category == null ? "r.category IS NULL" : "(r.category IS NULL OR r.category = :category)") + " AND "
                + (area == null ? "r.area IS NULL" : "(r.area IS NULL OR r.area = :area)"), RoutingRule.class);
        if (category != null) {
            query.setParameter("category", category);
        }
        if (area != null) {
            query.setParameter("area", area);
        }
        Long categoryId = category == null ? null : category.getId();
        Long areaId = area == null ? null : area.getId();
        RoutingRule best = null;
        int bestScore = -1;
        for (RoutingRule r : query.getResultList()) {
            int s = r.specificityFor(categoryId, areaId);
            if (s > bestScore || (s == bestScore && s >= 0 && r.getId() < best.getId())) {
                best = r;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }
}
