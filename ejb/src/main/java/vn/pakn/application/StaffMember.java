package vn.pakn.application;

import java.util.Set;
import vn.pakn.domain.model.cases.CaseAction;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.CaseWorkflow;
import vn.pakn.domain.model.identity.Actor;
import vn.pakn.domain.model.identity.Role;

/**
 * The signed-in user as the services see them: roles, and for unit staff the unit path that scopes what
 * they may see ("/1/7/" covers unit 7 and every unit below it).
 */
public record StaffMember(String username, Set<Role> roles, Long unitId, String unitPath) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role r : candidates) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** Staff who see every case (not only one unit's). */
    public boolean seesAllCases() {
        return hasAny(Role.OPERATOR, Role.DISPATCHER, Role.LEADER, Role.ADMIN);
    }

    /** Staff who may see who reported, without consent or grant: they talk to citizens or supervise. */
    public boolean seesReporterIdentity() {
        return hasAny(Role.OPERATOR, Role.DISPATCHER, Role.LEADER);
    }

    public boolean isUnitStaff() {
        return unitPath != null && hasAny(Role.UNIT_OFFICER, Role.UNIT_LEADER);
    }

    public boolean coversUnitPath(String path) {
        return unitPath != null && path != null && path.startsWith(unitPath);
    }

    /**
     * The role this user acts in for {@code action} on a case in {@code state}: the first of their roles the
     * workflow allows, else their first role (so the refusal names a role they really have).
     */
    public Actor actorFor(CaseAction action, CaseState state) {
        Role chosen = null;
        for (Role r : Role.values()) {
            if (roles.contains(r) && CaseWorkflow.isAllowed(state, action, r)) {
                return new Actor(username, r);
            }
            if (chosen == null && roles.contains(r)) {
                chosen = r;
            }
        }
        return new Actor(username, chosen == null ? Role.CITIZEN : chosen);
    }
}
