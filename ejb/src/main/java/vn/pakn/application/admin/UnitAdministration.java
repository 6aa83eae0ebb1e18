package vn.pakn.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.pakn.application.StaffMember;
import vn.pakn.application.admin.AdminForms.NewUnit;
import vn.pakn.application.admin.AdminForms.UnitChanges;
import vn.pakn.application.admin.AdminViews.UnitView;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.unit.Unit;

/** The unit tree: list, create, edit, move (with its subtree), deactivate and reactivate. Units are never deleted. */
@Stateless
public class UnitAdministration {

    /** The assignment states in which a unit still owes an answer. */
    private static final List<Assignment.State> OPEN_ASSIGNMENT = java.util.Arrays.stream(Assignment.State.values())
            .filter(Assignment.State::isOpen).toList();

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private AdminAccess access;

    /** Every unit in tree order (by path), the inactive ones only when asked for. */
    public List<UnitView> list(boolean includeInactive) {
        access.requireAdmin();
        return em.createQuery("SELECT u FROM Unit u LEFT JOIN FETCH u.parent"
                        + (includeInactive ? "" : " WHERE u.active = TRUE") + " ORDER BY u.path", Unit.class)
                .getResultStream().map(UnitView::of).toList();
    }

    public UnitView get(String code) {
        access.requireAdmin();
        return UnitView.of(find(code));
    }

    public UnitView create(NewUnit form) {
        StaffMember admin = access.requireAdmin();
        String code = AdminCodes.normalise(form.code(), "đơn vị", "unit");
        if (AdminLookups.byCode(em, Unit.class, code).isPresent()) {
            throw AdminCodes.duplicate("đơn vị", "unit", code);
        }
        Unit parent = null;
        if (AdminCodes.optionalText(form.parentCode()) != null) {
            parent = parent(form.parentCode());
            UnitTreeRules.requireActiveParent(parent.getCode(), parent.isActive());
        }
        var unit = new Unit(code, AdminCodes.requiredText(form.nameVi(), "tên đơn vị", "unit name"),
                AdminCodes.optionalText(form.nameEn()), AdminCodes.requiredText(form.kind(), "loại đơn vị", "unit kind"), parent);
        unit.setContact(AdminCodes.optionalText(form.email()), AdminCodes.optionalText(form.phone()),
                AdminCodes.optionalText(form.address()));
        em.persist(unit);
        em.flush();
        unit.assignPath();
        AdminAudit.log(admin.username(), "create", "unit", code, "parent=" + (parent == null ? "-" : parent.getCode()));
        return UnitView.of(unit);
    }

    public UnitView update(String code, UnitChanges form) {
        StaffMember admin = access.requireAdmin();
        Unit unit = find(code);
        unit.update(AdminCodes.requiredText(form.nameVi(), "tên đơn vị", "unit name"), AdminCodes.optionalText(form.nameEn()),
                AdminCodes.requiredText(form.kind(), "loại đơn vị", "unit kind"), AdminCodes.optionalText(form.email()),
                AdminCodes.optionalText(form.phone()), AdminCodes.optionalText(form.address()), unit.isActive());
        AdminAudit.log(admin.username(), "update", "unit", unit.getCode());
        return UnitView.of(unit);
    }

    /**
     * Moves a unit, with everything below it, under another parent (or to the root). The unit entity has no
     * way to change its parent, so the parent and the paths of the subtree are rewritten by bulk updates,
     * with the version bumped so that a concurrent edit of a moved unit fails instead of writing a stale path.
     */
    public UnitView move(String code, String newParentCode) {
        StaffMember admin = access.requireAdmin();
        Unit unit = find(code);
        em.lock(unit, LockModeType.PESSIMISTIC_WRITE);
        Unit newParent = AdminCodes.optionalText(newParentCode) == null ? null : parent(newParentCode);
        if (newParent != null) {
            UnitTreeRules.requireNotOwnDescendant(unit.getCode(), unit.getPath(), newParent.getCode(), newParent.getPath());
            UnitTreeRules.requireActiveParent(newParent.getCode(), newParent.isActive());
        }
        String oldPath = unit.getPath();
        String newPath = UnitTreeRules.pathUnder(newParent == null ? null : newParent.getPath(), unit.getId());
        if (!oldPath.equals(newPath)) {
            em.flush();
            em.createQuery("UPDATE Unit u SET u.parent = :p, u.version = u.version + 1 WHERE u.id = :id")
                    .setParameter("p", newParent).setParameter("id", unit.getId()).executeUpdate();
            em.createQuery("UPDATE Unit u SET u.path = CONCAT(:newPath, SUBSTRING(u.path, :from)), u.version = u.version + 1 "
                            + "WHERE u.path LIKE :old")
                    .setParameter("newPath", newPath).setParameter("from", oldPath.length() + 1)
                    .setParameter("old", oldPath + "%").executeUpdate();
            em.clear();
            unit = find(code);
        }
        AdminAudit.log(admin.username(), "move", "unit", unit.getCode(),
                "parent=" + (newParent == null ? "-" : newParent.getCode()));
        return UnitView.of(unit);
    }

    public UnitView deactivate(String code) {
        StaffMember admin = access.requireAdmin();
        Unit unit = find(code);
        long children = count("SELECT COUNT(u) FROM Unit u WHERE u.parent = :x AND u.active = TRUE", unit);
        long rules = count("SELECT COUNT(DISTINCT r) FROM RoutingRule r LEFT JOIN r.coordinators c "
                + "WHERE r.active = TRUE AND (r.leadUnit = :x OR c = :x)", unit);
        long users = count("SELECT COUNT(a) FROM AppUser a WHERE a.unit = :x AND a.active = TRUE", unit);
        long open = em.createQuery("SELECT COUNT(a) FROM Assignment a WHERE a.unit = :x AND a.state IN :open", Long.class)
                .setParameter("x", unit).setParameter("open", OPEN_ASSIGNMENT).getSingleResult();
        UnitTreeRules.requireNothingActiveDependsOn(unit.getCode(), children, rules, users, open);
        setActive(unit, false);
        AdminAudit.log(admin.username(), "deactivate", "unit", unit.getCode());
        return UnitView.of(unit);
    }

    public UnitView activate(String code) {
        StaffMember admin = access.requireAdmin();
        Unit unit = find(code);
        if (unit.getParent() != null) {
            UnitTreeRules.requireActiveParent(unit.getParent().getCode(), unit.getParent().isActive());
        }
        setActive(unit, true);
        AdminAudit.log(admin.username(), "activate", "unit", unit.getCode());
        return UnitView.of(unit);
    }

    private static void setActive(Unit u, boolean active) {
        u.update(u.getNameVi(), u.getNameEn(), u.getKind(), u.getEmail(), u.getPhone(), u.getAddress(), active);
    }

    private long count(String jpql, Unit unit) {
        return em.createQuery(jpql, Long.class).setParameter("x", unit).getSingleResult();
    }

    private Unit parent(String parentCode) {
        return AdminLookups.referenced(em, Unit.class, parentCode, "đơn vị cấp trên", "parent unit");
    }

    private Unit find(String code) {
        return AdminLookups.existing(em, Unit.class, code, "đơn vị", "unit");
    }
}
