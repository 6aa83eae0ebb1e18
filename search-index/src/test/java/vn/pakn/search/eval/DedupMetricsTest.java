package vn.pakn.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DedupMetricsTest {

  @Test
  void countsRecallAtKAndTheLikelyBandOnAHandMadeRun() {
    DedupMetrics m = new DedupMetrics();
    m.add("A", false, List.of(), false, null, 1_000_000);                          // first of A, nothing found
    m.add("A", true, List.of("A", "B"), true, "A", 2_000_000);                      // hit@1, TP
    m.add("B", false, List.of("A"), true, "A", 3_000_000);                          // new case merged: FP
    m.add("A", true, List.of("B", "C", "D", "E", "A"), false, null, 4_000_000);     // hit@5 only, FN
    m.add("C", true, List.of("B"), true, "B", 5_000_000);                           // wrong LIKELY: FP and FN
    m.add("D", true, List.of("B", "C", "E", "F", "G", "D"), false, null, 6_000_000); // rank 6 is no hit

    assertThat(m.queries()).isEqualTo(6);
    assertThat(m.positives()).isEqualTo(4);
    assertThat(m.recallAt1()).isEqualTo(0.25);
    assertThat(m.recallAtK()).isEqualTo(0.5);
    assertThat(m.truePositives()).isEqualTo(1);
    assertThat(m.falsePositives()).isEqualTo(2);
    assertThat(m.falseNegatives()).isEqualTo(3);
    assertThat(m.likelyPrecision()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.likelyRecall()).isEqualTo(0.25);
    assertThat(m.likelyF1()).isCloseTo(2.0 / 7, within(1e-12));
    assertThat(m.latencyMillis(50)).isEqualTo(3.0);
    assertThat(m.latencyMillis(99)).isEqualTo(6.0);
    assertThat(m.toMap()).containsEntry("false_merges_of_new_cases", 1L).containsEntry("likely_answers", 3L);
  }

  @Test
  void findsTheBestThresholdWithHindsight() {
    DedupMetrics m = new DedupMetrics();
    m.add("A", false, List.of(), false, null, 1);
    m.add("A", true, List.of("A"), false, null, 1);
    m.top(0.42, true);
    m.add("B", false, List.of("A"), false, null, 1);
    m.top(0.31, false);
    m.add("A", true, List.of("A"), false, null, 1);
    m.top(0.71, true);

    double[] best = m.bestThreshold();

    assertThat(best[0]).as("highest of the equally good thresholds").isCloseTo(0.40, within(1e-9));
    assertThat(best[1]).isEqualTo(1.0);
    assertThat(best[2]).isEqualTo(1.0);
    assertThat(best[3]).isEqualTo(1.0);
  }

  @Test
  void reportsZeroForEmptyDenominators() {
    DedupMetrics m = new DedupMetrics();
    m.add("A", false, List.of(), false, null, 1);

    assertThat(m.recallAt1()).isZero();
    assertThat(m.likelyPrecision()).isZero();
    assertThat(m.likelyF1()).isZero();
    assertThat(Json.write(m.toMap())).startsWith("{\"recall@1\":0.0,\"recall@5\":0.0,");
  }

  @Test
  void countsRoutingAccuracyAtOneAndThree() {
    RouteMetrics m = new RouteMetrics();
    m.add("water", List.of("water", "power"));
    m.add("water", List.of("power", "ward", "water"));
    m.add("water", List.of("power", "ward", "police", "water"));
    m.add("water", List.of());

    assertThat(m.accuracyAt1()).isEqualTo(0.25);
    assertThat(m.accuracyAt3()).isEqualTo(0.5);
    assertThat(m.toMap()).containsEntry("no_suggestion", 1L);
  }

  @Test
  void splitsEightyTwentyInTime() {
    assertThat(RouteReplay.trainSize(616)).isEqualTo(492);
    assertThat(RouteReplay.trainSize(10)).isEqualTo(8);
    assertThat(RouteReplay.trainSize(2)).isEqualTo(1);
  }
}
