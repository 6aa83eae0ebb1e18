package vn.pakn.search.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Routing accuracy: accuracy@k is the share of test reports whose unit is among the first k suggested
 * units (0 when nothing was tested). A report with no suggestion counts as wrong.
 */
final class RouteMetrics {

  private long tested;
  private long at1;
  private long at3;
  private long empty;

  void add(String unit, List<String> suggested) {
    tested++;
    if (suggested.isEmpty()) {
      empty++;
    }
    int rank = suggested.indexOf(unit);
    if (rank == 0) {
      at1++;
    }
    if (rank >= 0 && rank < 3) {
      at3++;
    }
  }

  double accuracyAt1() {
    return tested == 0 ? 0 : (double) at1 / tested;
  }

  double accuracyAt3() {
    return tested == 0 ? 0 : (double) at3 / tested;
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("accuracy@1", accuracyAt1());
    m.put("accuracy@3", accuracyAt3());
    m.put("tested", tested);
    m.put("no_suggestion", empty);
    return m;
  }
}
