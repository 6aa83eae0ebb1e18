package vn.pakn.search.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports written since the searcher was last refreshed, kept as the duplicate finder reads them, so that a report
 * is a candidate for the very next one without a refresh (and a one-document segment) per report.
 *
 * <p>Each write is tagged with the refresh epoch current when it completed. A searcher opened by a refresh that
 * started in a later epoch contains it; older searchers do not. After a refresh, writes it covers are pruned, and
 * the prune watermark tells a reader holding an older searcher that its view may have lost some: it must take the
 * newer searcher. Thread-safe.
 */
public final class RecentWrites {
  /** A recent write: the report, or {@code null} for a deletion. */
  public record Write(String id, RecentReport report, long epoch) {
    public boolean deleted() {
      return report == null;
    }
  }

  /** The writes a searcher does not show yet: newer versions replace what it returns for their ids. */
  public record View(Map<String, Write> byId) {
    /** Whether the searcher's version of this report is stale (replaced or deleted since). */
    public boolean shadows(String id) {
      return byId.containsKey(id);
    }

    /** The reports written or replaced since the searcher was opened, deletions left out. */
    public List<RecentReport> reports() {
      List<RecentReport> out = new ArrayList<>(byId.size());
      for (Write w : byId.values()) {
        if (!w.deleted()) {
          out.add(w.report());
        }
      }
      return out;
    }
  }

  private final Map<String, Write> writes = new ConcurrentHashMap<>();
  private volatile long prunedBelow;
  private volatile long oldestNanos = Long.MAX_VALUE;

  public void written(RecentReport report, long epoch) {
    put(new Write(report.report().id(), report, epoch));
  }

  public void deleted(String id, long epoch) {
    put(new Write(id, null, epoch));
  }

  private void put(Write w) {
    if (writes.isEmpty()) {
      oldestNanos = System.nanoTime();
    }
    writes.put(w.id(), w);
  }

  public int size() {
    return writes.size();
  }

  /** Nanoseconds (System.nanoTime) since the oldest write still kept was made; 0 when empty. */
  public long ageNanos() {
    long oldest = oldestNanos;
    return writes.isEmpty() || oldest == Long.MAX_VALUE ? 0 : System.nanoTime() - oldest;
  }

  /**
   * The writes a searcher opened in epoch {@code searcherEpoch} does not show, or empty when some of them may
   * already have been pruned (the caller takes a newer searcher and asks again).
   */
  public Optional<View> after(long searcherEpoch) {
    Map<String, Write> newer = new HashMap<>();
    for (Write w : writes.values()) {
      if (w.epoch() >= searcherEpoch) {
        newer.put(w.id(), w);
      }
    }
    // Read after the entries: a prune that removed one of ours raised the watermark first.
    if (prunedBelow > searcherEpoch) {
      return Optional.empty();
    }
    return Optional.of(new View(newer));
  }

  /** Forgets the writes a searcher opened in {@code refreshEpoch} shows. */
  public void pruneBelow(long refreshEpoch) {
    if (refreshEpoch > prunedBelow) {
      prunedBelow = refreshEpoch;
    }
    writes.values().removeIf(w -> w.epoch() < refreshEpoch);
    oldestNanos = writes.isEmpty() ? Long.MAX_VALUE : System.nanoTime();
  }

  /**
   * Forgets every write made so far (epoch {@code currentEpoch} or earlier), for bulk writes nobody is asking
   * about: readers of older searchers then see they must refresh, which bulk writes should not do per batch.
   */
  public void discard(long currentEpoch) {
    pruneBelow(currentEpoch + 1);
  }
}
