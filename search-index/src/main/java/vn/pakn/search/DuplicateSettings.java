package vn.pakn.search;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link DuplicateFinder}. The score weights live in
 * {@link vn.pakn.search.duplicate.DuplicateScorer}; these are the retrieval bounds and the band thresholds.
 *
 * @param timeWindow how far before (and after) the new report earlier reports are considered,
 *     see {@link #DEFAULT_TIME_WINDOW}
 * @param candidates how many reports Lucene retrieves for re-ranking, see {@link #DEFAULT_CANDIDATES}
 * @param maxQueryTerms rarest similarity terms of the new report used for retrieval, see
 *     {@link #DEFAULT_MAX_QUERY_TERMS}
 * @param filterByArea whether a known area restricts candidates to that area (and to reports with no area)
 * @param likely least score of the {@link DuplicateBand#LIKELY} band, see {@link #DEFAULT_LIKELY}
 * @param possible least score of the {@link DuplicateBand#POSSIBLE} band, see {@link #DEFAULT_POSSIBLE}
 * @param nearbyMeters distance at which a place counts as the same spot, see {@link #DEFAULT_NEARBY_METERS}
 */
public record DuplicateSettings(Duration timeWindow, int candidates, int maxQueryTerms, boolean filterByArea,
    double likely, double possible, double nearbyMeters) {
  /** A month: potholes and broken lights are reported for weeks; floods within hours. */
  public static final Duration DEFAULT_TIME_WINDOW = Duration.ofDays(30);
  /** Enough to hold every report of a busy event (40 calls) plus competitors, cheap to re-rank. */
  public static final int DEFAULT_CANDIDATES = 64;
  /**
   * The rarest terms of the new report that retrieval matches on: enough for its street, number and problem
   * words; the common terms add latency, not recall (re-ranking still weighs every term).
   */
  public static final int DEFAULT_MAX_QUERY_TERMS = 32;
  /** By default a known area bounds the search, as reports about one event share the area. */
  public static final boolean DEFAULT_FILTER_BY_AREA = true;
  /** A merge proposal: the dispatcher confirms it in one click. */
  public static final double DEFAULT_LIKELY = 0.60;
  /**
   * Low on purpose: a glance at a weak candidate costs a dispatcher a second, a missed duplicate costs a second
   * case and a second unit working the same street.
   */
  public static final double DEFAULT_POSSIBLE = 0.10;
  /** One block or street section in a Vietnamese town. */
  public static final double DEFAULT_NEARBY_METERS = 300;

  public DuplicateSettings {
    Objects.requireNonNull(timeWindow, "timeWindow");
    if (timeWindow.isNegative() || timeWindow.isZero()) {
      throw new IllegalArgumentException("timeWindow must be positive, got " + timeWindow);
    }
    if (candidates < 1 || maxQueryTerms < 1) {
      throw new IllegalArgumentException("candidates and maxQueryTerms must be positive, got " + candidates
          + " and " + maxQueryTerms);
    }
    if (!(possible > 0 && possible <= likely && likely <= 1)) {
      throw new IllegalArgumentException("need 0 < possible <= likely <= 1, got possible=" + possible
          + " likely=" + likely);
    }
    if (!(nearbyMeters > 0)) {
      throw new IllegalArgumentException("nearbyMeters must be positive, got " + nearbyMeters);
    }
  }

  public static DuplicateSettings defaults() {
    return new DuplicateSettings(DEFAULT_TIME_WINDOW, DEFAULT_CANDIDATES, DEFAULT_MAX_QUERY_TERMS,
        DEFAULT_FILTER_BY_AREA, DEFAULT_LIKELY, DEFAULT_POSSIBLE, DEFAULT_NEARBY_METERS);
  }

  /** A copy with other band thresholds. */
  public DuplicateSettings withBands(double likely, double possible) {
    return new DuplicateSettings(timeWindow, candidates, maxQueryTerms, filterByArea, likely, possible, nearbyMeters);
  }
}
