package vn.pakn.domain.model.call;

/** What the operator records when closing a callback task. */
public enum CallbackOutcome {
    /** Talked to the citizen; the matter is handled (a report taken if needed). */
    REACHED,
    /** Could not reach the citizen after trying. */
    UNREACHABLE,
    /** Wrong or invalid number. */
    WRONG_NUMBER,
    /** The citizen called again and was served; nothing left to do. */
    NOT_NEEDED
}
