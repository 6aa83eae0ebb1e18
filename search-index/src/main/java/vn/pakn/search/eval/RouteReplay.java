package vn.pakn.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pakn.search.ComplaintIndex;
import vn.pakn.search.RoutingSuggester;
import vn.pakn.search.RoutingSuggestion;

/**
 * Trains the {@link RoutingSuggester} on the first {@link #TRAIN_SHARE} of the reports in time (each
 * indexed as its own routed case with its unit) and tests it on the rest. A majority-unit baseline
 * (always suggest the most frequent training units) is measured on the same split.
 */
final class RouteReplay {

  /** Share of the reports, earliest first, used for training. */
  static final double TRAIN_SHARE = 0.8;

  /** Our metrics and the majority baseline's. */
  record Result(int train, RouteMetrics suggester, RouteMetrics majority) {
  }

  private RouteReplay() {
  }

  static Result run(List<EvalReport> inTimeOrder) throws IOException {
    int train = trainSize(inTimeOrder.size());
    List<EvalReport> trainSet = inTimeOrder.subList(0, train);
    List<EvalReport> testSet = inTimeOrder.subList(train, inTimeOrder.size());
    List<String> majority = majorityUnits(trainSet, 3);
    RouteMetrics ours = new RouteMetrics();
    RouteMetrics base = new RouteMetrics();
    Path dir = Files.createTempDirectory("pakn-eval-route");
    try (ComplaintIndex index = ComplaintIndex.open(dir)) {
      for (EvalReport r : trainSet) {
        index.upsert(LuceneDedupSystem.document(r, r.id(), r.unit()));
      }
      RoutingSuggester suggester = new RoutingSuggester(index);
      for (EvalReport r : testSet) {
        List<String> units = new ArrayList<>();
        for (RoutingSuggestion s : suggester.suggest(r.title(), r.text(), r.category(), r.area(), 3)) {
          units.add(s.unit());
        }
        ours.add(r.unit(), units);
        base.add(r.unit(), majority);
      }
    } finally {
      PgServer.deleteTree(dir);
    }
    return new Result(train, ours, base);
  }

  static int trainSize(int n) {
    int train = (int) Math.floor(n * TRAIN_SHARE);
    return n >= 2 ? Math.max(1, Math.min(train, n - 1)) : n;
  }

  static List<String> majorityUnits(List<EvalReport> reports, int k) {
    Map<String, Integer> count = new HashMap<>();
    for (EvalReport r : reports) {
      count.merge(r.unit(), 1, Integer::sum);
    }
    return count.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(k).map(Map.Entry::getKey).toList();
  }
}
