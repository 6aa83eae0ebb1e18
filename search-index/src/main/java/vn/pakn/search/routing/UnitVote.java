package vn.pakn.search.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pakn.search.RoutingSuggestion;
import vn.pakn.search.index.IndexedReport;

/**
 * Weighted k-nearest-neighbour vote. Each case votes once (its best report), so a flood reported by forty
 * callers does not outvote everything else; a neighbour's weight is its score relative to the best one, raised
 * to {@link #DEFAULT_SHARPNESS} so close neighbours count more than the tail.
 */
public final class UnitVote {
  public static final double DEFAULT_SHARPNESS = 2.0;

  private UnitVote() {}

  public static List<RoutingSuggestion> vote(List<IndexedReport> neighbours, int k) {
    Map<String, IndexedReport> perCase = new HashMap<>();
    for (IndexedReport r : neighbours) {
      perCase.merge(r.caseId(), r, (a, b) -> a.score() >= b.score() ? a : b);
    }
    double top = perCase.values().stream().mapToDouble(IndexedReport::score).max().orElse(0);
    if (top <= 0) {
      return List.of();
    }
    Map<String, Double> weights = new HashMap<>();
    double total = 0;
    for (IndexedReport r : perCase.values()) {
      double w = Math.pow(r.score() / top, DEFAULT_SHARPNESS);
      weights.merge(r.unit(), w, Double::sum);
      total += w;
    }
    List<RoutingSuggestion> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      out.add(new RoutingSuggestion(e.getKey(), e.getValue() / total));
    }
    out.sort((a, b) -> a.confidence() != b.confidence() ? Double.compare(b.confidence(), a.confidence())
        : a.unit().compareTo(b.unit()));
    return List.copyOf(out.subList(0, Math.min(k, out.size())));
  }
}
