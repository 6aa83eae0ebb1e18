package vn.pakn.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import vn.pakn.search.analysis.VietnameseTextNormalizer;
import vn.pakn.search.duplicate.ReportFeatures;
import vn.pakn.search.index.IndexedReportReader;
import vn.pakn.search.routing.RoutingQuery;
import vn.pakn.search.routing.UnitVote;

/**
 * Suggests the lead unit for a new report from the units of the most similar routed reports (k nearest
 * neighbours), so the dispatcher confirms instead of choosing. Thread-safe.
 */
public final class RoutingSuggester {
  /** Neighbours consulted; enough for a vote, few enough that distant cases do not dilute it. */
  public static final int DEFAULT_NEIGHBOURS = 30;

  private final ComplaintIndex index;
  private final int neighbours;

  public RoutingSuggester(ComplaintIndex index) {
    this(index, DEFAULT_NEIGHBOURS);
  }

  public RoutingSuggester(ComplaintIndex index, int neighbours) {
    this.index = Objects.requireNonNull(index, "index");
    if (neighbours < 1) {
      throw new IllegalArgumentException("neighbours must be positive, got " + neighbours);
    }
    this.neighbours = neighbours;
  }

  /** Up to {@code k} units, most likely first; empty when no routed report resembles this one. */
  public List<RoutingSuggestion> suggest(String title, String text, String category, String area, int k)
      throws IOException {
    if (k < 1) {
      return List.of();
    }
    ReportFeatures f = ReportFeatures.of(VietnameseTextNormalizer.normalize(title),
        VietnameseTextNormalizer.normalize(text));
    IndexSearcher searcher = index.acquire();
    try {
      TopDocs top = searcher.search(RoutingQuery.build(f, category, area),
          new TopScoreDocCollectorManager(neighbours, neighbours)); // no hit count: WAND may skip (see DuplicateFinder)
      return UnitVote.vote(IndexedReportReader.read(searcher, top.scoreDocs), k);
    } finally {
      index.release(searcher);
    }
  }
}
