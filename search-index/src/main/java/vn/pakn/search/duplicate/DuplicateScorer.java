package vn.pakn.search.duplicate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.util.SloppyMath;
import vn.pakn.search.DuplicateQuery;
import vn.pakn.search.DuplicateReason;
import vn.pakn.search.index.IndexedReport;

/**
 * Scores one earlier report against the new one. Each piece of evidence adds to the log-odds that both are
 * about the same event, and the logistic function turns the sum into a score in [0, 1]; each addition is a
 * {@link DuplicateReason}, so the dispatcher sees why. The weights are set from what each signal means, not
 * fitted to a test set: text similarity dominates; a same caller, the same spot and the same problem confirm;
 * a different problem, area or category and a long gap count against.
 */
public final class DuplicateScorer {
  /** Log-odds with no evidence: most earlier reports are not duplicates. */
  public static final double DEFAULT_BIAS = -4.0;
  /** Weight of text similarity (0..1): identical wording alone makes a likely duplicate. */
  public static final double DEFAULT_TEXT_WEIGHT = 10.0;
  /**
   * Share of the IDF-weighted containment of the new report's terms in text similarity: shared rare words
   * (street, house number, the specific problem) are the strongest text evidence.
   */
  public static final double DEFAULT_RARE_WORD_SHARE = 0.4;
  /** Share of the word sketch (syllables and bigrams, symmetric); the rest is the character-trigram sketch. */
  public static final double DEFAULT_WORD_SHARE = 0.25;
  public static final double DEFAULT_SAME_CALLER = 2.0;
  public static final double DEFAULT_SAME_PROBLEM = 1.0;
  /** Both reports name a problem and none is shared: the same street with another problem. */
  public static final double DEFAULT_DIFFERENT_PROBLEM = -4.5;
  public static final double DEFAULT_SAME_CATEGORY = 0.5;
  public static final double DEFAULT_DIFFERENT_CATEGORY = -1.0;
  public static final double DEFAULT_SAME_AREA = 0.5;
  public static final double DEFAULT_DIFFERENT_AREA = -1.5;
  /** Both name the same street, lane or house number. */
  public static final double DEFAULT_SAME_PLACE = 1.0;
  /** Both name places and neither names the other's: the same problem on another street. */
  public static final double DEFAULT_DIFFERENT_PLACE = -4.0;
  /** Weight of being at the same spot; decays with distance over the nearby scale. */
  public static final double DEFAULT_NEARBY = 2.0;
  /** Weight against places farther apart than a few nearby scales. */
  public static final double DEFAULT_FAR = -2.0;
  /** Weight per doubling of the gap in days (gap 1 day costs this much, 3 days twice, 7 days three times). */
  public static final double DEFAULT_TIME_DECAY = -0.45;

  private final double nearbyMeters;

  public DuplicateScorer(double nearbyMeters) {
    this.nearbyMeters = nearbyMeters;
  }

  /** A scored report. */
  public record Scored(IndexedReport report, double score, List<DuplicateReason> reasons) {}

  public Scored score(DuplicateQuery q, ReportFeatures f, WeightedTerms rare, IndexedReport r) {
    return score(q, f, rare, r, true);
  }

  /**
   * @param explain whether to give the reasons: the finder scores every candidate without them and explains only
   *     the few it returns (formatting the details of 64 candidates was a tenth of a check's time)
   */
  public Scored score(DuplicateQuery q, ReportFeatures f, WeightedTerms rare, IndexedReport r, boolean explain) {
    List<DuplicateReason> reasons = explain ? new ArrayList<>(6) : null;
    double z = DEFAULT_BIAS;
    FingerprintCodec.Fingerprint fp = r.fingerprint();
    double words = fp == null ? 0 : similarity(f.words(), fp.words());
    double trigrams = fp == null ? 0 : similarity(f.trigrams(), fp.trigrams());
    double rareWords = fp == null ? 0 : rare.containedIn(fp.words());
    double text = DEFAULT_RARE_WORD_SHARE * rareWords + DEFAULT_WORD_SHARE * words
        + (1 - DEFAULT_RARE_WORD_SHARE - DEFAULT_WORD_SHARE) * trigrams;
    z += add(reasons, DuplicateReason.TEXT, DEFAULT_TEXT_WEIGHT * text, () -> String.format(Locale.ROOT,
        "text similarity %.2f (rare words %.2f, words %.2f, characters %.2f)", text, rareWords, words, trigrams));
    long otherTopics = fp == null ? 0 : fp.topics();
    if (f.topics() != 0 && otherTopics != 0) {
      if ((f.topics() & otherTopics) != 0) {
        z += add(reasons, DuplicateReason.TEXT, DEFAULT_SAME_PROBLEM,
            () -> "same problem: " + String.join(", ", ProblemTopics.names(f.topics() & otherTopics)));
      } else {
        z += add(reasons, DuplicateReason.DIFFERENT_PROBLEM, DEFAULT_DIFFERENT_PROBLEM,
            () -> ProblemTopics.names(f.topics()) + " vs " + ProblemTopics.names(otherTopics));
      }
    }
    if (fp != null) {
      z += placeEvidence(f, rare, fp, reasons);
    }
    if (q.phoneHash() != null && q.phoneHash().equals(r.phoneHash())) {
      z += add(reasons, DuplicateReason.SAME_CALLER, DEFAULT_SAME_CALLER, "same caller");
    }
    if (q.hasLocation() && r.hasLocation()) {
      double meters = SloppyMath.haversinMeters(q.lat(), q.lon(), r.lat(), r.lon());
      double w = DEFAULT_NEARBY * Math.exp(-meters / nearbyMeters)
          + DEFAULT_FAR * Math.min(1, Math.max(0, (meters - 3 * nearbyMeters) / (10 * nearbyMeters)));
      z += add(reasons, DuplicateReason.NEARBY, w, () -> String.format(Locale.ROOT, "%.0f m apart", meters));
    }
    if (q.category() != null && r.category() != null) {
      boolean same = q.category().equals(r.category());
      z += add(reasons, DuplicateReason.SAME_CATEGORY, same ? DEFAULT_SAME_CATEGORY : DEFAULT_DIFFERENT_CATEGORY,
          same ? "same category" : "different category");
    }
    if (q.area() != null && r.area() != null) {
      boolean same = q.area().equals(r.area());
      z += add(reasons, DuplicateReason.SAME_AREA, same ? DEFAULT_SAME_AREA : DEFAULT_DIFFERENT_AREA,
          same ? "same area" : "different area");
    }
    Duration gap = Duration.ofMillis(Math.abs(q.receivedAt().toEpochMilli() - r.receivedMillis()));
    double days = gap.toMinutes() / (24.0 * 60);
    z += add(reasons, DuplicateReason.TIME_GAP, DEFAULT_TIME_DECAY * log2(1 + days), () -> describe(gap));
    if (reasons == null) {
      return new Scored(r, 1 / (1 + Math.exp(-z)), List.of());
    }
    reasons.sort(Comparator.comparingDouble((DuplicateReason x) -> -Math.abs(x.weight())));
    return new Scored(r, 1 / (1 + Math.exp(-z)), reasons);
  }

  private static double placeEvidence(ReportFeatures f, WeightedTerms query, FingerprintCodec.Fingerprint other,
      List<DuplicateReason> reasons) {
    boolean same = false;
    for (int h : other.places()) {
      same |= query.hasTerm(h);
    }
    for (int h : f.places()) {
      same |= java.util.Arrays.binarySearch(other.words().hashes(), h) >= 0;
    }
    if (same) {
      return add(reasons, DuplicateReason.NEARBY, DEFAULT_SAME_PLACE, "both name the same street or lane");
    }
    if (f.places().length > 0 && other.places().length > 0) {
      return add(reasons, DuplicateReason.NEARBY, DEFAULT_DIFFERENT_PLACE, "they name different places");
    }
    return 0;
  }

  /** Mean of Jaccard and containment: containment alone would call a three-word report a copy of anything. */
  static double similarity(Sketch a, Sketch b) {
    return 0.5 * (a.jaccard(b) + a.containment(b));
  }

  private static double add(List<DuplicateReason> reasons, String code, double weight, String detail) {
    if (reasons != null) {
      reasons.add(new DuplicateReason(code, weight, detail));
    }
    return weight;
  }

  /** Adds a reason when explaining ({@code reasons} not null); the detail is only formatted then. */
  private static double add(List<DuplicateReason> reasons, String code, double weight, Supplier<String> detail) {
    if (reasons != null) {
      reasons.add(new DuplicateReason(code, weight, detail.get()));
    }
    return weight;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static String describe(Duration gap) {
    if (gap.toHours() < 1) {
      return gap.toMinutes() + " min apart";
    }
    if (gap.toDays() < 2) {
      return gap.toHours() + " h apart";
    }
    return gap.toDays() + " days apart";
  }
}
