package vn.pakn.domain.model.call;

/** Where a callback task is: waiting for an operator, or done with an outcome. */
public enum CallbackState {
    OPEN,
    DONE
}
