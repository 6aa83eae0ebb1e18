package vn.pakn.search.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Quality of a duplicate detector over a replay, counted one query (one new report) at a time.
 *
 * <ul>
 * <li>A query is <em>positive</em> when an earlier report of its group was already indexed.</li>
 * <li>recall@k: positives with a candidate of the query's group among the first k candidates, over
 * positives. A candidate case belongs to the group of the report that opened the case.</li>
 * <li>The LIKELY answer of a query is its highest-ranked candidate in the LIKELY band, if any. It is a
 * true positive when the case belongs to the query's group, otherwise a false positive (also when the
 * query is the first of its group). A positive without a correct LIKELY answer is a false negative,
 * so a wrong LIKELY answer to a positive counts once as FP and once as FN.</li>
 * <li>precision = TP / (TP + FP), recall = TP / positives, F1 their harmonic mean; a ratio with a zero
 * denominator is reported as 0.</li>
 * </ul>
 */
final class DedupMetrics {

  /** The k of the wider recall. */
  static final int K = 5;

  private long queries;
  private long positives;
  private long hitsAt1;
  private long hitsAtK;
  private long likelyAnswers;
  private long truePositives;
  private long falseMerges;
  private long failures;
  private long[] nanos = new long[1024];
  private double[] topScore = new double[1024];
  private boolean[] topHit = new boolean[1024];

  /**
   * Counts one query.
   *
   * @param group           the query's group
   * @param positive        whether an earlier report of the group was indexed before the query
   * @param candidateGroups groups of the candidate cases in rank order ({@code null} for an unknown case)
   * @param likelyGroup     group of the LIKELY answer's case, {@code null} when there is no LIKELY answer
   * @param hasLikely       whether there is a LIKELY answer (its case may be unknown)
   * @param elapsedNanos    time the system took to answer
   */
  void add(String group, boolean positive, List<String> candidateGroups, boolean hasLikely, String likelyGroup,
      long elapsedNanos) {
    if (queries == nanos.length) {
      nanos = Arrays.copyOf(nanos, nanos.length * 2);
      topScore = Arrays.copyOf(topScore, nanos.length);
      topHit = Arrays.copyOf(topHit, nanos.length);
    }
    nanos[(int) queries] = elapsedNanos;
    topScore[(int) queries] = Double.NaN;
    queries++;
    if (positive) {
      positives++;
      int rank = candidateGroups.indexOf(group);
      if (rank == 0) {
        hitsAt1++;
      }
      if (rank >= 0 && rank < K) {
        hitsAtK++;
      }
    }
    if (hasLikely) {
      likelyAnswers++;
      if (Objects.equals(group, likelyGroup)) {
        truePositives++;
      } else if (!positive) {
        falseMerges++;
      }
    }
  }

  /** Remembers the score of the last query's top candidate and whether that candidate was right. */
  void top(double score, boolean hit) {
    topScore[(int) queries - 1] = score;
    topHit[(int) queries - 1] = hit;
  }

  /**
   * With hindsight, the threshold on the top candidate's score that would have given the best LIKELY F1
   * over this replay (thresholds 0.05, 0.10 ... 0.95, the highest of equals; merges as they happened in
   * the replay), as
   * {@code threshold, precision, recall, f1}. For a score-thresholded baseline this shows its ceiling.
   */
  double[] bestThreshold() {
    double[] best = {Double.NaN, 0, 0, 0};
    for (int step = 1; step < 20; step++) {
      double th = step / 20.0;
      long answers = 0;
      long tp = 0;
      for (int i = 0; i < queries; i++) {
        if (topScore[i] >= th) {
          answers++;
          if (topHit[i]) {
            tp++;
          }
        }
      }
      double p = ratio(tp, answers);
      double r = ratio(tp, positives);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      if (f1 > 0 && f1 >= best[3]) {
        best = new double[] {th, p, r, f1};
      }
    }
    return best;
  }

  /** Counts one failure of the system under test and returns how many there were so far. */
  long failure() {
    return ++failures;
  }

  long failures() {
    return failures;
  }

  long queries() {
    return queries;
  }

  long positives() {
    return positives;
  }

  double recallAt1() {
    return ratio(hitsAt1, positives);
  }

  double recallAtK() {
    return ratio(hitsAtK, positives);
  }

  double likelyPrecision() {
    return ratio(truePositives, likelyAnswers);
  }

  double likelyRecall() {
    return ratio(truePositives, positives);
  }

  double likelyF1() {
    double p = likelyPrecision();
    double r = likelyRecall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  long truePositives() {
    return truePositives;
  }

  long falsePositives() {
    return likelyAnswers - truePositives;
  }

  long falseNegatives() {
    return positives - truePositives;
  }

  /** Latency percentile in milliseconds, p in (0, 100]. */
  double latencyMillis(double p) {
    if (queries == 0) {
      return 0;
    }
    long[] s = Arrays.copyOf(nanos, (int) queries);
    Arrays.sort(s);
    int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))] / 1e6;
  }

  /** The metrics as an ordered map for the JSON line. */
  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("recall@1", recallAt1());
    m.put("recall@5", recallAtK());
    m.put("likely_precision", likelyPrecision());
    m.put("likely_recall", likelyRecall());
    m.put("likely_f1", likelyF1());
    m.put("queries", queries);
    m.put("positives", positives);
    m.put("likely_answers", likelyAnswers);
    m.put("tp", truePositives);
    m.put("fp", falsePositives());
    m.put("fn", falseNegatives());
    m.put("false_merges_of_new_cases", falseMerges);
    m.put("system_failures", failures);
    m.put("latency_ms_p50", latencyMillis(50));
    m.put("latency_ms_p99", latencyMillis(99));
    return m;
  }

  /** The few figures that mean something for a slice of the queries. */
  Map<String, Object> toSliceMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("queries", queries);
    m.put("positives", positives);
    m.put("recall@1", recallAt1());
    m.put("recall@5", recallAtK());
    m.put("likely_recall", likelyRecall());
    m.put("likely_answers", likelyAnswers);
    m.put("fp", falsePositives());
    return m;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
