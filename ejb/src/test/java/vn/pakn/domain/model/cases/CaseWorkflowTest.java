package vn.pakn.domain.model.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.pakn.domain.model.cases.IllegalCaseTransitionException.Reason;
import vn.pakn.domain.model.identity.Role;

class CaseWorkflowTest {

    /**
     * Every legal step, written out by hand from ARCHITECTURE.md §5 and the decisions in the
     * CaseWorkflow javadoc: "from action roles... -> to". Everything not listed must be refused.
     */
    private static final String LEGAL = """
            RECEIVED    CLASSIFY           OPERATOR DISPATCHER SYSTEM        -> CLASSIFIED
            CLASSIFIED  CLASSIFY           OPERATOR DISPATCHER SYSTEM        -> CLASSIFIED
            RECEIVED    ROUTE              DISPATCHER SYSTEM                 -> ASSIGNED
            CLASSIFIED  ROUTE              DISPATCHER SYSTEM                 -> ASSIGNED
            REOPENED    ROUTE              DISPATCHER SYSTEM                 -> ASSIGNED
            ASSIGNED    ACCEPT             UNIT_OFFICER UNIT_LEADER          -> IN_PROGRESS
            ASSIGNED    RETURN_TO_DISPATCH UNIT_OFFICER UNIT_LEADER          -> CLASSIFIED
            IN_PROGRESS RETURN_TO_DISPATCH UNIT_OFFICER UNIT_LEADER          -> CLASSIFIED
            IN_PROGRESS REQUEST_INFO       UNIT_OFFICER UNIT_LEADER          -> IN_PROGRESS
            IN_PROGRESS RECEIVE_INFO       CITIZEN OPERATOR UNIT_OFFICER UNIT_LEADER SYSTEM -> IN_PROGRESS
            IN_PROGRESS REQUEST_EXTENSION  UNIT_OFFICER UNIT_LEADER          -> IN_PROGRESS
            IN_PROGRESS GRANT_EXTENSION    UNIT_LEADER DISPATCHER            -> IN_PROGRESS
            IN_PROGRESS DENY_EXTENSION     UNIT_LEADER DISPATCHER            -> IN_PROGRESS
            IN_PROGRESS ANSWER             UNIT_OFFICER UNIT_LEADER          -> ANSWERED
            ANSWERED    APPROVE_ANSWER     UNIT_LEADER                       -> APPROVED
            ANSWERED    REJECT_ANSWER      UNIT_LEADER                       -> IN_PROGRESS
            APPROVED    PUBLISH            UNIT_LEADER DISPATCHER SYSTEM     -> PUBLISHED
            PUBLISHED   CLOSE              CITIZEN DISPATCHER SYSTEM         -> CLOSED
            PUBLISHED   REOPEN             CITIZEN DISPATCHER                -> REOPENED
            CLOSED      REOPEN             CITIZEN DISPATCHER                -> REOPENED
            RECEIVED    MERGE              DISPATCHER                        -> MERGED
            CLASSIFIED  MERGE              DISPATCHER                        -> MERGED
            MERGED      UNMERGE            DISPATCHER                        -> CLASSIFIED
            RECEIVED    REDIRECT           DISPATCHER                        -> REDIRECTED
            CLASSIFIED  REDIRECT           DISPATCHER                        -> REDIRECTED
            RECEIVED    REJECT             DISPATCHER                        -> REJECTED
            CLASSIFIED  REJECT             DISPATCHER                        -> REJECTED
            """;

    private record Triple(CaseState from, CaseAction action, Role role) {
    }

    private static final Map<Triple, CaseState> EXPECTED = new HashMap<>();
    private static final Map<CaseAction, Set<Role>> ROLES_OF_ACTION = new HashMap<>();

    static {
        for (String line : LEGAL.strip().split("\n")) {
            String[] sides = line.split("->");
            List<String> words = Arrays.asList(sides[0].trim().split("\\s+"));
            CaseState from = CaseState.valueOf(words.get(0));
            CaseAction action = CaseAction.valueOf(words.get(1));
            CaseState to = CaseState.valueOf(sides[1].trim());
            for (String role : words.subList(2, words.size())) {
                EXPECTED.put(new Triple(from, action, Role.valueOf(role)), to);
                ROLES_OF_ACTION.computeIfAbsent(action, a -> EnumSet.noneOf(Role.class)).add(Role.valueOf(role));
            }
        }
    }

    static Stream<Arguments> everyTriple() {
        List<Arguments> all = new ArrayList<>();
        for (CaseState s : CaseState.values()) {
            for (CaseAction a : CaseAction.values()) {
                for (Role r : Role.values()) {
                    all.add(Arguments.of(s, a, r));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @MethodSource("everyTriple")
    void decidesEveryStateActionRoleTripleAsTheExpectedTableSays(CaseState from, CaseAction action, Role role) {
        Triple triple = new Triple(from, action, role);
        if (EXPECTED.containsKey(triple)) {
            assertThat(CaseWorkflow.next(from, action, role)).isEqualTo(EXPECTED.get(triple));
            assertThat(CaseWorkflow.isAllowed(from, action, role)).isTrue();
        } else {
            Reason expectedReason = ROLES_OF_ACTION.getOrDefault(action, Set.of()).contains(role)
                    ? Reason.ACTION_NOT_ALLOWED_IN_STATE
                    : Reason.ROLE_NOT_ALLOWED;
            assertThatThrownBy(() -> CaseWorkflow.next(from, action, role))
                    .isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
                        assertThat(e.reason()).isEqualTo(expectedReason);
                        assertThat(e.state()).isEqualTo(from);
                        assertThat(e.action()).isEqualTo(action);
                        assertThat(e.role()).isEqualTo(role);
                    });
            assertThat(CaseWorkflow.isAllowed(from, action, role)).isFalse();
        }
    }

    @Test
    void tableCoversEveryActionSoNoActionIsDeadCode() {
        assertThat(ROLES_OF_ACTION.keySet()).containsExactlyInAnyOrder(CaseAction.values());
        assertThat(EXPECTED).hasSize(52);
    }

    @ParameterizedTest
    @EnumSource(CaseState.class)
    void listsForEachStateAndRoleExactlyTheActionsTheTableAllows(CaseState state) {
        for (Role role : Role.values()) {
            Set<CaseAction> expected = EnumSet.noneOf(CaseAction.class);
            EXPECTED.keySet().stream()
                    .filter(t -> t.from() == state && t.role() == role)
                    .forEach(t -> expected.add(t.action()));
            assertThat(CaseWorkflow.allowedActions(state, role)).as("%s as %s", state, role)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"LEADER", "ADMIN"})
    void givenLeaderOrAdminWhenAnyActionThenRefusedBecauseOfTheRole(Role role) {
        for (CaseState state : CaseState.values()) {
            assertThat(CaseWorkflow.allowedActions(state, role)).isEmpty();
            for (CaseAction action : CaseAction.values()) {
                assertThatThrownBy(() -> CaseWorkflow.next(state, action, role))
                        .isInstanceOfSatisfying(IllegalCaseTransitionException.class,
                                e -> assertThat(e.reason()).isEqualTo(Reason.ROLE_NOT_ALLOWED));
            }
        }
    }

    @Test
    void followsTheWholeHappyPathFromReceivedToClosedAndBackThroughReopen() {
        CaseState s = CaseState.RECEIVED;
        s = CaseWorkflow.next(s, CaseAction.CLASSIFY, Role.DISPATCHER);
        s = CaseWorkflow.next(s, CaseAction.ROUTE, Role.DISPATCHER);
        s = CaseWorkflow.next(s, CaseAction.ACCEPT, Role.UNIT_OFFICER);
        s = CaseWorkflow.next(s, CaseAction.REQUEST_INFO, Role.UNIT_OFFICER);
        s = CaseWorkflow.next(s, CaseAction.RECEIVE_INFO, Role.CITIZEN);
        s = CaseWorkflow.next(s, CaseAction.ANSWER, Role.UNIT_OFFICER);
        s = CaseWorkflow.next(s, CaseAction.APPROVE_ANSWER, Role.UNIT_LEADER);
        s = CaseWorkflow.next(s, CaseAction.PUBLISH, Role.SYSTEM);
        assertThat(s).isEqualTo(CaseState.PUBLISHED);
        s = CaseWorkflow.next(s, CaseAction.REOPEN, Role.CITIZEN);
        assertThat(s).isEqualTo(CaseState.REOPENED);
        s = CaseWorkflow.next(s, CaseAction.ROUTE, Role.DISPATCHER);
        assertThat(s).isEqualTo(CaseState.ASSIGNED);
    }

    @Test
    void givenUnitReturnsCaseAsNotOursThenItIsBackInTheDispatchQueueAndCanBeRoutedAgain() {
        CaseState s = CaseWorkflow.next(CaseState.IN_PROGRESS, CaseAction.RETURN_TO_DISPATCH, Role.UNIT_LEADER);
        assertThat(s).isEqualTo(CaseState.CLASSIFIED);
        assertThat(CaseWorkflow.next(s, CaseAction.ROUTE, Role.DISPATCHER)).isEqualTo(CaseState.ASSIGNED);
    }

    @Test
    void explainsRefusalInVietnameseAndEnglishNamingStateActionAndRole() {
        assertThatThrownBy(() -> CaseWorkflow.next(CaseState.RECEIVED, CaseAction.APPROVE_ANSWER, Role.CITIZEN))
                .isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ROLE_NOT_ALLOWED);
                    assertThat(e.messageEn()).contains("CITIZEN", "APPROVE_ANSWER", "RECEIVED")
                            .isEqualTo(e.getMessage());
                    assertThat(e.messageVi()).contains("Công dân", "duyệt kết quả", "Đã tiếp nhận");
                });
        assertThatThrownBy(() -> CaseWorkflow.next(CaseState.CLOSED, CaseAction.ANSWER, Role.UNIT_OFFICER))
                .isInstanceOfSatisfying(IllegalCaseTransitionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.ACTION_NOT_ALLOWED_IN_STATE);
                    assertThat(e.messageEn()).contains("ANSWER", "CLOSED", "UNIT_OFFICER");
                    assertThat(e.messageVi()).contains("trả lời", "Đã đóng");
                });
    }

    @Test
    void offersNoWayOutOfFinalStatesExceptUnmergeByDispatcher() {
        for (CaseState state : CaseState.values()) {
            if (!state.isFinal()) {
                continue;
            }
            for (Role role : Role.values()) {
                Set<CaseAction> expected = state == CaseState.MERGED && role == Role.DISPATCHER
                        ? Set.of(CaseAction.UNMERGE) : Set.of();
                assertThat(CaseWorkflow.allowedActions(state, role)).isEqualTo(expected);
            }
        }
    }
}
