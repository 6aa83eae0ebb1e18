package vn.pakn.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.pakn.domain.model.identity.AppUser;
import vn.pakn.domain.model.shared.DomainException;

/** Resolves the caller of the current request to a {@link StaffMember}, from the database, never from the client. */
@Stateless
public class CurrentStaff {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    /** The signed-in user's name and unit, for the pages' header. */
    public record Profile(String username, String fullName, java.util.Set<vn.pakn.domain.model.identity.Role> roles,
                          Long unitId, String unitCode, String unitName) {
    }

    public Profile profile() {
        StaffMember s = get();
        AppUser user = em.createQuery("SELECT u FROM AppUser u LEFT JOIN FETCH u.unit WHERE u.username = :n", AppUser.class)
                .setParameter("n", s.username()).getSingleResult();
        var unit = user.getUnit();
        return new Profile(s.username(), user.getFullName(), s.roles(), s.unitId(), unit == null ? null : unit.getCode(),
                unit == null ? null : unit.getNameVi());
    }

    public StaffMember get() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null || "anonymous".equals(name)) {
            throw DomainException.forbidden("Cần đăng nhập.", "Sign-in required.");
        }
        var user = em.createQuery("SELECT u FROM AppUser u LEFT JOIN FETCH u.unit WHERE u.username = :n", AppUser.class)
                .setParameter("n", name).getResultStream().findFirst()
                .filter(AppUser::isActive)
                .orElseThrow(() -> DomainException.forbidden("Tài khoản không hoạt động.", "The account is not active."));
        var unit = user.getUnit();
        return new StaffMember(user.getUsername(), user.getRoles(), unit == null ? null : unit.getId(), unit == null ? null : unit.getPath());
    }
}
