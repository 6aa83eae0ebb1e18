package vn.pakn.application.cases;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.pakn.application.StaffMember;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.shared.DomainException;

/**
 * The one place that decides whether a staff member may see or work a case. Unit staff see only cases
 * given to their unit or a unit below it; for any other case they get "not found", so that the existence
 * of other units' cases does not leak.
 */
@Stateless
public class CaseAccess {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    /** The case, locked for update, if the staff member may see it. */
    public Case forWork(StaffMember staff, long caseId) {
        var c = em.find(Case.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        return checked(staff, c, caseId);
    }

    public Case forReading(StaffMember staff, long caseId) {
        return checked(staff, em.find(Case.class, caseId), caseId);
    }

    private Case checked(StaffMember staff, Case c, long caseId) {
        if (c == null || !maySee(staff, c)) {
            throw DomainException.notFound("hồ sơ", "case", caseId);
        }
        return c;
    }

    public static boolean maySee(StaffMember staff, Case c) {
        if (staff.seesAllCases()) {
            return true;
        }
        if (!staff.isUnitStaff()) {
            return false;
        }
        return c.getAssignments().stream()
                .filter(a -> a.getState() != Assignment.State.CANCELLED)
                .anyMatch(a -> staff.coversUnitPath(a.getUnit().getPath()));
    }

    /** Unit staff may act only while the lead assignment is their unit's; dispatchers act on any case. */
    public static void requireLeadUnitStaff(StaffMember staff, Case c) {
        if (!staff.isUnitStaff()) {
            return;
        }
        boolean ours = c.leadAssignment().map(a -> staff.coversUnitPath(a.getUnit().getPath())).orElse(false);
        if (!ours) {
            throw DomainException.forbidden("Chỉ đơn vị chủ trì được thực hiện thao tác này.",
                    "Only the lead unit may do this.");
        }
    }
}
