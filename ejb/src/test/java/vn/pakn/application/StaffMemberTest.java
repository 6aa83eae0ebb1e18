package vn.pakn.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.cases.CaseAction;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.identity.Role;

class StaffMemberTest {

    @Test
    void actsInTheRoleTheWorkflowAllowsForTheStep() {
        var both = new StaffMember("an", EnumSet.of(Role.OPERATOR, Role.DISPATCHER), null, null);

        assertThat(both.actorFor(CaseAction.ROUTE, CaseState.CLASSIFIED).role()).isEqualTo(Role.DISPATCHER);
        assertThat(both.actorFor(CaseAction.CLASSIFY, CaseState.RECEIVED).role()).isEqualTo(Role.OPERATOR);
    }

    @Test
    void refusedStepNamesARoleTheUserReallyHas() {
        var leader = new StaffMember("chien", EnumSet.of(Role.LEADER), 1L, "/1/");

        assertThat(leader.actorFor(CaseAction.ANSWER, CaseState.IN_PROGRESS).role()).isEqualTo(Role.LEADER);
    }

    @Test
    void unitStaffCoverTheirUnitAndTheUnitsBelowOnly() {
        var officer = new StaffMember("ha", EnumSet.of(Role.UNIT_OFFICER), 7L, "/1/7/");

        assertThat(officer.isUnitStaff()).isTrue();
        assertThat(officer.seesAllCases()).isFalse();
        assertThat(officer.seesReporterIdentity()).isFalse();
        assertThat(officer.coversUnitPath("/1/7/")).isTrue();
        assertThat(officer.coversUnitPath("/1/7/12/")).isTrue();
        assertThat(officer.coversUnitPath("/1/70/")).isFalse();
        assertThat(officer.coversUnitPath("/1/")).isFalse();
    }
}
