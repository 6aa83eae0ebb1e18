package vn.pakn.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.pakn.application.StaffMember;
import vn.pakn.application.admin.AdminForms.AreaForm;
import vn.pakn.application.admin.AdminViews.AreaView;
import vn.pakn.domain.model.category.Area;

/**
 * Areas (địa bàn): the administrative units where problems are. {@link Area} has no mutators yet, so a rename
 * and (de)activation are JPQL updates of the row; the parent of an area is set only when it is created.
 */
@Stateless
public class AreaAdministration {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private AdminAccess access;

    public List<AreaView> list(boolean includeInactive) {
        access.requireAdmin();
        return em.createQuery("SELECT a FROM Area a LEFT JOIN FETCH a.parent" + (includeInactive ? "" : " WHERE a.active = TRUE")
                + " ORDER BY a.code", Area.class).getResultStream().map(AreaView::of).toList();
    }

    public AreaView create(AreaForm form) {
        StaffMember admin = access.requireAdmin();
        String code = AdminCodes.normalise(form.code(), "địa bàn", "area");
        if (AdminLookups.byCode(em, Area.class, code).isPresent()) {
            throw AdminCodes.duplicate("địa bàn", "area", code);
        }
        Area parent = null;
        if (AdminCodes.optionalText(form.parentCode()) != null) {
            parent = AdminLookups.referenced(em, Area.class, form.parentCode(), "địa bàn cấp trên", "parent area");
        }
        var area = new Area(code, AdminCodes.requiredText(form.nameVi(), "tên địa bàn", "area name"),
                AdminCodes.requiredText(form.kind(), "loại địa bàn", "area kind"), parent);
        em.persist(area);
        AdminAudit.log(admin.username(), "create", "area", code, "parent=" + (parent == null ? "-" : parent.getCode()));
        return AreaView.of(area);
    }

    /** Renames an area or changes its kind; code and parent stay. */
    public AreaView update(String code, AreaForm form) {
        StaffMember admin = access.requireAdmin();
        Area area = find(code);
        em.createQuery("UPDATE Area a SET a.nameVi = :n, a.kind = :k WHERE a.id = :id")
                .setParameter("n", AdminCodes.requiredText(form.nameVi(), "tên địa bàn", "area name"))
                .setParameter("k", AdminCodes.requiredText(form.kind(), "loại địa bàn", "area kind"))
                .setParameter("id", area.getId()).executeUpdate();
        em.refresh(area);
        AdminAudit.log(admin.username(), "update", "area", area.getCode());
        return AreaView.of(area);
    }

    public AreaView setActive(String code, boolean active) {
        StaffMember admin = access.requireAdmin();
        Area area = find(code);
        if (!active) {
            AdminCodes.requireNoActiveRules("địa bàn", "area", area.getCode(), em.createQuery(
                    "SELECT COUNT(r) FROM RoutingRule r WHERE r.active = TRUE AND r.area = :x", Long.class)
                    .setParameter("x", area).getSingleResult());
        }
        em.createQuery("UPDATE Area a SET a.active = :a WHERE a.id = :id")
                .setParameter("a", active).setParameter("id", area.getId()).executeUpdate();
        em.refresh(area);
        AdminAudit.log(admin.username(), active ? "activate" : "deactivate", "area", area.getCode());
        return AreaView.of(area);
    }

    private Area find(String code) {
        return AdminLookups.existing(em, Area.class, code, "địa bàn", "area");
    }
}
