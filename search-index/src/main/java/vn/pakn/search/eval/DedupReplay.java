package vn.pakn.search.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Replays reports in time order into a {@link DedupSystem}, as the server's intake would: ask first,
 * then index. When the system gives a LIKELY answer, the report is indexed as a member of that case
 * (the server would merge it); otherwise it opens a new case under its own id.
 */
final class DedupReplay {

  private DedupReplay() {
  }

  static DedupMetrics run(List<EvalReport> inTimeOrder, DedupSystem system, LongConsumer progress)
      throws IOException {
    DedupMetrics metrics = new DedupMetrics();
    Map<String, String> caseGroup = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    long done = 0;
    for (EvalReport r : inTimeOrder) {
      long t0 = System.nanoTime();
      List<DedupSystem.Suggestion> found = system.find(r, DedupMetrics.K);
      long elapsed = System.nanoTime() - t0;
      List<String> groups = new ArrayList<>(found.size());
      DedupSystem.Suggestion likely = null;
      for (DedupSystem.Suggestion s : found) {
        groups.add(caseGroup.get(s.caseId()));
        if (likely == null && s.likely()) {
          likely = s;
        }
      }
      boolean positive = seen.getOrDefault(r.group(), 0) > 0;
      metrics.add(r.group(), positive, groups, likely != null,
          likely == null ? null : caseGroup.get(likely.caseId()), elapsed);
      String caseId = likely != null && caseGroup.containsKey(likely.caseId()) ? likely.caseId() : r.id();
      caseGroup.putIfAbsent(caseId, r.group());
      seen.merge(r.group(), 1, Integer::sum);
      system.add(r, caseId);
      progress.accept(++done);
    }
    return metrics;
  }
}
