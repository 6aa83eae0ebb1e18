package vn.pakn.search;

/** How sure the finder is that a candidate case is about the same event. */
public enum DuplicateBand {
  /** Safe to propose a merge in one click. */
  LIKELY,
  /** Worth showing to the dispatcher; not to be merged without a look. */
  POSSIBLE
}
