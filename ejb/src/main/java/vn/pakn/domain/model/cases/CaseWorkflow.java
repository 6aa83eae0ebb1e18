package vn.pakn.domain.model.cases;

import static vn.pakn.domain.model.cases.CaseState.*;
import static vn.pakn.domain.model.identity.Role.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.pakn.domain.model.identity.Role;

/**
 * The case workflow of ARCHITECTURE.md §5 as a pure policy: which role may do which action in which
 * state, and the state that follows. Services call {@link #next} before they write a
 * {@code CaseEvent}; UIs call {@link #allowedActions} to show only the buttons that will work.
 *
 * <p>Each action has one set of states it applies in and one set of roles that may do it; a triple
 * is legal when both hold. The decisions that are not obvious from the diagram:
 * <ul>
 *   <li>OPERATOR may only {@code CLASSIFY} (record category and area during the call); routing,
 *       merging, redirecting and rejecting stay with the DISPATCHER.</li>
 *   <li>SYSTEM may {@code CLASSIFY} and {@code ROUTE} (automatic routing by rules at intake),
 *       {@code RECEIVE_INFO} (a citizen's reply arriving by e-mail), {@code PUBLISH} and
 *       {@code CLOSE} (timers).</li>
 *   <li>{@code ROUTE} works from RECEIVED (classify and route in one step), from CLASSIFIED (which is
 *       also the dispatch queue a case returns to after {@code RETURN_TO_DISPATCH}) and from
 *       REOPENED.</li>
 *   <li>Waiting for the citizen is not a state: {@code REQUEST_INFO} and {@code RECEIVE_INFO} keep
 *       IN_PROGRESS and the service records the pause; extensions ({@code REQUEST_EXTENSION},
 *       {@code GRANT_EXTENSION}, {@code DENY_EXTENSION}) keep IN_PROGRESS and move only the due
 *       time. "At most one extension", "not granted by the requester" and "only while paused" are
 *       checked by the service, which knows the history.</li>
 *   <li>Approval is mandatory: {@code PUBLISH} only from APPROVED, so an answer always passes the
 *       unit leader (a UI may offer "approve and publish" as two actions in one click).</li>
 *   <li>{@code UNMERGE} returns a case to CLASSIFIED, the dispatch queue, whatever it was before the
 *       merge: a dispatcher looks at it again rather than it silently resuming an old assignment.</li>
 *   <li>{@code CLOSE} only from PUBLISHED; {@code REOPEN} from PUBLISHED or CLOSED (the reopen window
 *       is checked by the service). REDIRECTED and REJECTED are final.</li>
 *   <li>LEADER is read-only and ADMIN does not work cases: neither may do any action.</li>
 * </ul>
 * When both the role and the state are wrong, the role is reported ({@code ROLE_NOT_ALLOWED}): it is
 * the answer that does not change as the case moves on.
 */
public final class CaseWorkflow {

    private record Rule(Set<CaseState> from, UnaryOperator<CaseState> target, Set<Role> roles) {
    }

    private static final Map<CaseAction, Rule> RULES = rules();

    private CaseWorkflow() {
    }

    private static Map<CaseAction, Rule> rules() {
        Map<CaseAction, Rule> r = new EnumMap<>(CaseAction.class);
        Set<CaseState> intake = EnumSet.of(RECEIVED, CLASSIFIED);
        Set<Role> unit = EnumSet.of(UNIT_OFFICER, UNIT_LEADER);
        r.put(CaseAction.CLASSIFY, new Rule(intake, to(CLASSIFIED), EnumSet.of(OPERATOR, DISPATCHER, SYSTEM)));
        r.put(CaseAction.ROUTE, new Rule(EnumSet.of(RECEIVED, CLASSIFIED, REOPENED), to(ASSIGNED),
                EnumSet.of(DISPATCHER, SYSTEM)));
        r.put(CaseAction.ACCEPT, new Rule(EnumSet.of(ASSIGNED), to(IN_PROGRESS), unit));
        r.put(CaseAction.RETURN_TO_DISPATCH, new Rule(EnumSet.of(ASSIGNED, IN_PROGRESS), to(CLASSIFIED), unit));
        r.put(CaseAction.REQUEST_INFO, new Rule(EnumSet.of(IN_PROGRESS), UnaryOperator.identity(), unit));
        r.put(CaseAction.RECEIVE_INFO, new Rule(EnumSet.of(IN_PROGRESS), UnaryOperator.identity(),
                EnumSet.of(CITIZEN, OPERATOR, UNIT_OFFICER, UNIT_LEADER, SYSTEM)));
        r.put(CaseAction.REQUEST_EXTENSION, new Rule(EnumSet.of(IN_PROGRESS), UnaryOperator.identity(), unit));
        Set<Role> extensionDeciders = EnumSet.of(UNIT_LEADER, DISPATCHER);
        r.put(CaseAction.GRANT_EXTENSION, new Rule(EnumSet.of(IN_PROGRESS), UnaryOperator.identity(), extensionDeciders));
        r.put(CaseAction.DENY_EXTENSION, new Rule(EnumSet.of(IN_PROGRESS), UnaryOperator.identity(), extensionDeciders));
        r.put(CaseAction.ANSWER, new Rule(EnumSet.of(IN_PROGRESS), to(ANSWERED), unit));
        r.put(CaseAction.APPROVE_ANSWER, new Rule(EnumSet.of(ANSWERED), to(APPROVED), EnumSet.of(UNIT_LEADER)));
        r.put(CaseAction.REJECT_ANSWER, new Rule(EnumSet.of(ANSWERED), to(IN_PROGRESS), EnumSet.of(UNIT_LEADER)));
        r.put(CaseAction.PUBLISH, new Rule(EnumSet.of(APPROVED), to(PUBLISHED), EnumSet.of(UNIT_LEADER, DISPATCHER, SYSTEM)));
        r.put(CaseAction.CLOSE, new Rule(EnumSet.of(PUBLISHED), to(CLOSED), EnumSet.of(CITIZEN, DISPATCHER, SYSTEM)));
        r.put(CaseAction.REOPEN, new Rule(EnumSet.of(PUBLISHED, CLOSED), to(REOPENED), EnumSet.of(CITIZEN, DISPATCHER)));
        Set<Role> dispatcher = EnumSet.of(DISPATCHER);
        r.put(CaseAction.MERGE, new Rule(intake, to(MERGED), dispatcher));
        r.put(CaseAction.UNMERGE, new Rule(EnumSet.of(MERGED), to(CLASSIFIED), dispatcher));
        r.put(CaseAction.REDIRECT, new Rule(intake, to(REDIRECTED), dispatcher));
        r.put(CaseAction.REJECT, new Rule(intake, to(REJECTED), dispatcher));
        if (r.size() != CaseAction.values().length) {
            throw new IllegalStateException("every CaseAction needs a rule");
        }
        return Collections.unmodifiableMap(r);
    }

    private static UnaryOperator<CaseState> to(CaseState target) {
        return ignored -> target;
    }

    /**
     * The state a case moves to when {@code role} does {@code action} in state {@code from}.
     *
     * @throws IllegalCaseTransitionException with {@code ROLE_NOT_ALLOWED} when the role may never do
     *     the action, or {@code ACTION_NOT_ALLOWED_IN_STATE} when the action does not apply in
     *     {@code from}
     */
    public static CaseState next(CaseState from, CaseAction action, Role role) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(role, "role");
        Rule rule = RULES.get(action);
        if (!rule.roles().contains(role)) {
            throw new IllegalCaseTransitionException(
                    IllegalCaseTransitionException.Reason.ROLE_NOT_ALLOWED, from, action, role);
        }
        if (!rule.from().contains(from)) {
            throw new IllegalCaseTransitionException(
                    IllegalCaseTransitionException.Reason.ACTION_NOT_ALLOWED_IN_STATE, from, action, role);
        }
        return rule.target().apply(from);
    }

    /** Whether {@link #next} would succeed, without building an exception. */
    public static boolean isAllowed(CaseState from, CaseAction action, Role role) {
        Rule rule = RULES.get(Objects.requireNonNull(action, "action"));
        return rule.roles().contains(Objects.requireNonNull(role, "role"))
                && rule.from().contains(Objects.requireNonNull(from, "from"));
    }

    /** The actions {@code role} may do on a case in state {@code state}: the buttons a UI shows. */
    public static Set<CaseAction> allowedActions(CaseState state, Role role) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : CaseAction.values()) {
            if (isAllowed(state, action, role)) {
                allowed.add(action);
            }
        }
        return Collections.unmodifiableSet(allowed);
    }
}
