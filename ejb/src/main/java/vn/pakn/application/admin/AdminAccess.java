package vn.pakn.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.pakn.application.CurrentStaff;
import vn.pakn.application.StaffMember;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.shared.DomainException;

/** The check every admin service makes first, in the service layer and not only on the REST resource. */
@Stateless
public class AdminAccess {

    @Inject
    private CurrentStaff currentStaff;

    /** The signed-in ADMIN, or FORBIDDEN. */
    public StaffMember requireAdmin() {
        StaffMember staff = currentStaff.get();
        if (!staff.has(Role.ADMIN)) {
            throw DomainException.forbidden("Chỉ quản trị hệ thống được thực hiện thao tác này.",
                    "Only a system administrator (ADMIN) may do this.");
        }
        return staff;
    }
}
