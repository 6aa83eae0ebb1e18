package vn.pakn.search.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Replays reports in time order into a {@link DedupSystem}, as the server's intake would: ask first,
 * then index. When the system gives a LIKELY answer, the report is indexed as a member of that case
 * (the server would merge it); otherwise it opens a new case under its own id.
 */
final class DedupReplay {

  private DedupReplay() {
  }

  /** At most this many system failures are described on the warning channel. */
  static final int MAX_DESCRIBED_FAILURES = 10;

  static DedupMetrics run(List<EvalReport> inTimeOrder, DedupSystem system, LongConsumer progress)
      throws IOException {
    return run(inTimeOrder, system, progress, w -> { });
  }

  /**
   * As {@link #run(List, DedupSystem, LongConsumer)}; a system that throws an unchecked exception on one
   * report does not stop the replay: the report counts as answered with no candidate (or, when filing
   * failed, is simply not indexed), the failure is counted and the first few are described to
   * {@code warn}.
   */
  static DedupMetrics run(List<EvalReport> inTimeOrder, DedupSystem system, LongConsumer progress,
      Consumer<String> warn) throws IOException {
    return run(inTimeOrder, system, progress, warn, new TreeMap<>());
  }

  /**
   * As above, also counting each report into the {@link TextTraits} slices its text falls into:
   * {@code slices} receives one {@link DedupMetrics} per slice.
   */
  static DedupMetrics run(List<EvalReport> inTimeOrder, DedupSystem system, LongConsumer progress,
      Consumer<String> warn, Map<String, DedupMetrics> slices) throws IOException {
    DedupMetrics metrics = new DedupMetrics();
    Map<String, String> caseGroup = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    long done = 0;
    for (EvalReport r : inTimeOrder) {
      long t0 = System.nanoTime();
      List<DedupSystem.Suggestion> found;
      try {
        found = system.find(r, DedupMetrics.K);
      } catch (RuntimeException e) {
        failed(metrics, warn, system.name() + " failed to answer report " + r.id() + " (line " + r.line() + ")", e);
        found = List.of();
      }
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
      String likelyGroup = likely == null ? null : caseGroup.get(likely.caseId());
      metrics.add(r.group(), positive, groups, likely != null, likelyGroup, elapsed);
      for (String tag : TextTraits.of(r.text())) {
        slices.computeIfAbsent(tag, t -> new DedupMetrics())
            .add(r.group(), positive, groups, likely != null, likelyGroup, elapsed);
      }
      if (!found.isEmpty()) {
        metrics.top(found.get(0).score(), r.group().equals(groups.get(0)));
      }
      String caseId = likely != null && caseGroup.containsKey(likely.caseId()) ? likely.caseId() : r.id();
      caseGroup.putIfAbsent(caseId, r.group());
      seen.merge(r.group(), 1, Integer::sum);
      try {
        system.add(r, caseId);
      } catch (RuntimeException e) {
        failed(metrics, warn, system.name() + " failed to index report " + r.id() + " (line " + r.line() + ")", e);
      }
      progress.accept(++done);
    }
    return metrics;
  }

  private static void failed(DedupMetrics metrics, Consumer<String> warn, String what,
      RuntimeException e) {
    if (metrics.failure() <= MAX_DESCRIBED_FAILURES) {
      warn.accept(what + ": " + e);
    }
  }
}
