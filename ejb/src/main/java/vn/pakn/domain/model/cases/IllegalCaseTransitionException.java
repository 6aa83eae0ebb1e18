package vn.pakn.domain.model.cases;

import java.util.Objects;
import vn.pakn.domain.model.identity.Role;

/**
 * A refused workflow step. Carries the triple and a {@link Reason} so that the REST layer can map it
 * to a problem detail (403 for a role, 409 for a state) with the Vietnamese and English messages.
 */
public final class IllegalCaseTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the step was refused. */
    public enum Reason {
        /** The action does not apply to a case in this state, whoever does it. */
        ACTION_NOT_ALLOWED_IN_STATE,
        /** This role may never do this action. */
        ROLE_NOT_ALLOWED
    }

    private final Reason reason;
    private final CaseState state;
    private final CaseAction action;
    private final Role role;

    public IllegalCaseTransitionException(Reason reason, CaseState state, CaseAction action, Role role) {
        super(englishMessage(reason, state, action, role));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.state = Objects.requireNonNull(state, "state");
        this.action = Objects.requireNonNull(action, "action");
        this.role = Objects.requireNonNull(role, "role");
    }

    private static String englishMessage(Reason reason, CaseState state, CaseAction action, Role role) {
        return switch (reason) {
            case ROLE_NOT_ALLOWED -> "Role " + role + " may not perform " + action + " on a case (case is " + state + ")";
            case ACTION_NOT_ALLOWED_IN_STATE -> "Action " + action + " is not allowed on a case in state " + state
                    + " (requested by " + role + ")";
        };
    }

    public Reason reason() {
        return reason;
    }

    public CaseState state() {
        return state;
    }

    public CaseAction action() {
        return action;
    }

    public Role role() {
        return role;
    }

    /** The message in English; same as {@link #getMessage()}. */
    public String messageEn() {
        return getMessage();
    }

    /** The message in Vietnamese, for the problem detail shown to users. */
    public String messageVi() {
        return switch (reason) {
            case ROLE_NOT_ALLOWED -> "Vai trò \"" + role.labelVi() + "\" không được thực hiện thao tác \""
                    + action.labelVi() + "\" đối với hồ sơ (trạng thái hiện tại: \"" + state.labelVi() + "\")";
            case ACTION_NOT_ALLOWED_IN_STATE -> "Không thể thực hiện thao tác \"" + action.labelVi()
                    + "\" khi hồ sơ đang ở trạng thái \"" + state.labelVi() + "\"";
        };
    }
}
