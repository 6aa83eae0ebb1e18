package vn.pakn.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.pakn.application.StaffMember;
import vn.pakn.application.admin.AdminForms.CategoryForm;
import vn.pakn.application.admin.AdminViews.CategoryView;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.category.SlaPolicy;
import vn.pakn.domain.model.shared.DomainException;

/**
 * Categories (lĩnh vực) with their SLA policies. A changed policy applies to deadlines computed from now on;
 * deadlines already set on cases stay as they were. Categories are deactivated, never deleted.
 */
@Stateless
public class CategoryAdministration {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private AdminAccess access;

    public List<CategoryView> list(boolean includeInactive) {
        access.requireAdmin();
        return em.createQuery("SELECT c FROM Category c" + (includeInactive ? "" : " WHERE c.active = TRUE")
                + " ORDER BY c.code", Category.class).getResultStream().map(CategoryView::of).toList();
    }

    public CategoryView get(String code) {
        access.requireAdmin();
        return CategoryView.of(find(code));
    }

    public CategoryView create(CategoryForm form) {
        StaffMember admin = access.requireAdmin();
        String code = AdminCodes.normalise(form.code(), "lĩnh vực", "category");
        if (AdminLookups.byCode(em, Category.class, code).isPresent()) {
            throw AdminCodes.duplicate("lĩnh vực", "category", code);
        }
        var category = new Category(code, AdminCodes.requiredText(form.nameVi(), "tên lĩnh vực", "category name"),
                AdminCodes.optionalText(form.nameEn()), AdminCodes.optionalText(form.descriptionVi()), sla(form));
        em.persist(category);
        AdminAudit.log(admin.username(), "create", "category", code, slaText(category.getSla()));
        return CategoryView.of(category);
    }

    /** Changes names, description and SLA policy; the code stays. */
    public CategoryView update(String code, CategoryForm form) {
        StaffMember admin = access.requireAdmin();
        Category c = find(code);
        c.update(AdminCodes.requiredText(form.nameVi(), "tên lĩnh vực", "category name"), AdminCodes.optionalText(form.nameEn()),
                AdminCodes.optionalText(form.descriptionVi()), sla(form), c.isActive());
        AdminAudit.log(admin.username(), "update", "category", c.getCode(), slaText(c.getSla()));
        return CategoryView.of(c);
    }

    /** Stops offering the category for new reports; cases that have it keep it. */
    public CategoryView setActive(String code, boolean active) {
        StaffMember admin = access.requireAdmin();
        Category c = find(code);
        if (!active) {
            AdminCodes.requireNoActiveRules("lĩnh vực", "category", c.getCode(), em.createQuery(
                    "SELECT COUNT(r) FROM RoutingRule r WHERE r.active = TRUE AND r.category = :x", Long.class)
                    .setParameter("x", c).getSingleResult());
        }
        c.update(c.getNameVi(), c.getNameEn(), c.getDescriptionVi(), c.getSla(), active);
        AdminAudit.log(admin.username(), active ? "activate" : "deactivate", "category", c.getCode());
        return CategoryView.of(c);
    }

    private static SlaPolicy sla(CategoryForm form) {
        var s = form.sla();
        if (s == null || s.forwardWorkingDays() == null || s.answerWorkingDays() == null || s.maxExtensionDays() == null
                || s.warnBeforeWorkingHours() == null) {
            throw DomainException.invalid("missing-sla", "Cần nhập đủ các số của chính sách thời hạn.",
                    "Every number of the SLA policy is required.");
        }
        return SlaRules.policy(s.forwardWorkingDays(), s.answerWorkingDays(), s.maxExtensionDays(), s.warnBeforeWorkingHours());
    }

    private static String slaText(SlaPolicy s) {
        return "sla=" + s.forwardWorkingDays() + "/" + s.answerWorkingDays() + "/" + s.maxExtensionDays() + "/" + s.warnBeforeWorkingHours();
    }

    private Category find(String code) {
        return AdminLookups.existing(em, Category.class, code, "lĩnh vực", "category");
    }
}
