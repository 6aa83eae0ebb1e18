package vn.pakn.domain.model.attachment;

/**
 * Who may download an attachment. A citizen's photos are for the staff who work the case (they can show the
 * reporter's face, house or number plate); a unit's file on its answer is published with the answer.
 */
public enum Visibility {
    /** Staff who may see the case (unit staff only within their subtree). */
    STAFF,
    /** Anyone with the tracking code, once the answer it belongs to is published. */
    PUBLIC
}
