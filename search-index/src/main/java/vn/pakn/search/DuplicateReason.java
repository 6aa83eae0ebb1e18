package vn.pakn.search;

import java.util.Objects;

/**
 * Why a candidate scored as it did.
 *
 * @param code one of {@link #TEXT}, {@link #SAME_CALLER}, {@link #NEARBY}, {@link #SAME_CATEGORY},
 *     {@link #SAME_AREA}, {@link #TIME_GAP}, {@link #DIFFERENT_PROBLEM}
 * @param weight signed contribution to the score's log-odds (negative pulls the score down)
 * @param detail human readable detail, e.g. "text similarity 0.62" or "120 m apart"; no personal data
 */
public record DuplicateReason(String code, double weight, String detail) {
  public static final String TEXT = "TEXT";
  public static final String SAME_CALLER = "SAME_CALLER";
  public static final String NEARBY = "NEARBY";
  public static final String SAME_CATEGORY = "SAME_CATEGORY";
  public static final String SAME_AREA = "SAME_AREA";
  public static final String TIME_GAP = "TIME_GAP";
  /** Both texts name a problem (flooding, power cut, pothole…) and the problems differ. */
  public static final String DIFFERENT_PROBLEM = "DIFFERENT_PROBLEM";

  public DuplicateReason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
  }
}
