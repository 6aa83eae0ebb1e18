package vn.pakn.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import vn.pakn.application.StaffMember;
import vn.pakn.application.admin.AdminForms.NewUser;
import vn.pakn.application.admin.AdminForms.UserChanges;
import vn.pakn.application.admin.AdminViews.UserView;
import vn.pakn.domain.model.identity.AppUser;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.unit.Unit;

/**
 * Staff accounts, read by the server's security realm from the same tables: create with a bcrypt-hashed
 * password, edit, set a new password, deactivate (never delete: case history names the username). An ADMIN
 * cannot lock themselves out. Audit lines name the username and the roles, never the password or the person.
 */
@Stateless
public class UserAdministration {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private AdminAccess access;

    /** Accounts by username, optionally only those of one unit (code) or with one role. */
    public List<UserView> list(boolean includeInactive, String unitCode, Role role) {
        access.requireAdmin();
        String unit = AdminCodes.optionalText(unitCode) == null ? null : AdminCodes.lookupKey(unitCode);
        return em.createQuery("SELECT DISTINCT a FROM AppUser a LEFT JOIN FETCH a.unit ORDER BY a.username", AppUser.class)
                .getResultStream()
                .filter(a -> includeInactive || a.isActive())
                .filter(a -> unit == null || (a.getUnit() != null && a.getUnit().getCode().equals(unit)))
                .filter(a -> role == null || a.has(role))
                .map(UserView::of).toList();
    }

    public UserView get(String username) {
        access.requireAdmin();
        return UserView.of(find(username));
    }

    public UserView create(NewUser form) {
        StaffMember admin = access.requireAdmin();
        String username = AccountRules.username(form.username());
        AccountRules.password(username, form.password());
        Set<Role> roles = AccountRules.roles(form.roles());
        Unit unit = unit(form.unitCode(), roles);
        if (findOptional(username) != null) {
            throw DomainException.conflict("duplicate-username", "Đã có tài khoản '" + username + "'.",
                    "The username '" + username + "' is taken.");
        }
        var user = new AppUser(username, PasswordHasher.hash(form.password()),
                AdminCodes.requiredText(form.fullName(), "họ tên", "full name"), AdminCodes.optionalText(form.email()), unit, roles);
        user.setExtension(freeExtension(form.extension(), username));
        em.persist(user);
        AdminAudit.log(admin.username(), "create", "user", username, describe(user));
        return UserView.of(user);
    }

    /** Changes name, e-mail, unit, roles and extension; the username and the password stay. */
    public UserView update(String username, UserChanges form) {
        StaffMember admin = access.requireAdmin();
        AppUser user = find(username);
        Set<Role> roles = AccountRules.roles(form.roles());
        AccountRules.notLockingOut(admin.username(), user.getUsername(), user.isActive(), roles);
        Unit unit = unit(form.unitCode(), roles);
        user.update(AdminCodes.requiredText(form.fullName(), "họ tên", "full name"), AdminCodes.optionalText(form.email()), unit, roles,
                freeExtension(form.extension(), user.getUsername()), user.isActive());
        AdminAudit.log(admin.username(), "update", "user", user.getUsername(), describe(user));
        return UserView.of(user);
    }

    /**
     * The extension, unless another account has it: screen pops and callbacks go to the one operator at an
     * extension, so two accounts on one extension would show one caller's history at the wrong desk.
     */
    private String freeExtension(String extension, String username) {
        String ext = AdminCodes.optionalText(extension);
        if (ext != null && !em.createQuery("SELECT u.username FROM AppUser u WHERE u.extension = :e AND u.username <> :n",
                String.class).setParameter("e", ext).setParameter("n", username).getResultList().isEmpty()) {
            throw DomainException.conflict("duplicate-extension", "Số máy lẻ " + ext + " đã gán cho tài khoản khác.",
                    "The extension " + ext + " belongs to another account.");
        }
        return ext;
    }

    /** Sets a new password (hashed here; the password itself is neither stored nor logged). */
    public void setPassword(String username, String password) {
        StaffMember admin = access.requireAdmin();
        AppUser user = find(username);
        AccountRules.password(user.getUsername(), password);
        user.changePasswordHash(PasswordHasher.hash(password));
        AdminAudit.log(admin.username(), "set-password", "user", user.getUsername());
    }

    public UserView setActive(String username, boolean active) {
        StaffMember admin = access.requireAdmin();
        AppUser user = find(username);
        AccountRules.notLockingOut(admin.username(), user.getUsername(), active, user.getRoles());
        if (active && user.getUnit() != null) {
            AccountRules.unit(user.getRoles(), user.getUnit().getCode(), user.getUnit().isActive());
        }
        user.update(user.getFullName(), user.getEmail(), user.getUnit(), user.getRoles(), user.getExtension(), active);
        AdminAudit.log(admin.username(), active ? "activate" : "deactivate", "user", user.getUsername());
        return UserView.of(user);
    }

    private Unit unit(String unitCode, Set<Role> roles) {
        Unit unit = null;
        if (AdminCodes.optionalText(unitCode) != null) {
            unit = AdminLookups.referenced(em, Unit.class, unitCode, "đơn vị", "unit");
        }
        AccountRules.unit(roles, unit == null ? null : unit.getCode(), unit == null || unit.isActive());
        return unit;
    }

    private static String describe(AppUser u) {
        return "roles=" + u.getRoles().stream().map(Role::name).sorted().toList() + " unit="
                + (u.getUnit() == null ? "-" : u.getUnit().getCode());
    }

    private AppUser find(String username) {
        AppUser u = findOptional(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
        if (u == null) {
            throw AdminCodes.notFound("tài khoản", "account", username);
        }
        return u;
    }

    private AppUser findOptional(String username) {
        return em.createQuery("SELECT a FROM AppUser a LEFT JOIN FETCH a.unit WHERE a.username = :n", AppUser.class)
                .setParameter("n", username).getResultStream().findFirst().orElse(null);
    }
}
