package vn.pakn.search;

/**
 * A unit that could lead the new case.
 *
 * @param unit unit code as indexed in {@link ComplaintDocument#unit()}
 * @param confidence in [0, 1]; the suggestions of one call sum to at most 1
 */
public record RoutingSuggestion(String unit, double confidence) {}
