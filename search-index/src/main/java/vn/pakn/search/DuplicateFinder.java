package vn.pakn.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import vn.pakn.search.analysis.VietnameseTextNormalizer;
import vn.pakn.search.duplicate.CandidateQueries;
import vn.pakn.search.duplicate.DocFreqCache;
import vn.pakn.search.duplicate.RecentRetrieval;
import vn.pakn.search.duplicate.WeightedTerms;
import vn.pakn.search.index.IndexFields;
import vn.pakn.search.duplicate.DuplicateScorer;
import vn.pakn.search.duplicate.ReportFeatures;
import vn.pakn.search.index.IndexedReport;
import vn.pakn.search.index.IndexedReportReader;

/**
 * Finds the cases a new report may duplicate: Lucene retrieves candidate reports in the time window (and area),
 * reports written since the searcher was opened are added from memory ({@link ComplaintIndex#acquireRecent()}),
 * {@link DuplicateScorer} re-ranks them on sketches, place, caller, category and time, and the best report of
 * each case speaks for the case. Thread-safe; holds no state besides its settings.
 */
public final class DuplicateFinder {
  private final ComplaintIndex index;
  private final DuplicateSettings settings;
  private final DuplicateScorer scorer;
  private final DocFreqCache docFreqs = new DocFreqCache(IndexFields.FOLDED);

  public DuplicateFinder(ComplaintIndex index) {
    this(index, DuplicateSettings.defaults());
  }

  public DuplicateFinder(ComplaintIndex index, DuplicateSettings settings) {
    this.index = Objects.requireNonNull(index, "index");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.scorer = new DuplicateScorer(settings.nearbyMeters());
  }

  public DuplicateSettings settings() {
    return settings;
  }

  /**
   * Candidate cases, best first, one per case, only those at least in the {@link DuplicateBand#POSSIBLE} band.
   * Only the best candidate can be {@link DuplicateBand#LIKELY}: a report joins one case, and a second case
   * nearly as close means the dispatcher must look.
   *
   * @param max most candidates returned
   */
  public List<DuplicateCandidate> find(DuplicateQuery q, int max) throws IOException {
    return find(q, max, Set.of());
  }

  /**
   * As {@link #find(DuplicateQuery, int)}, leaving out the given cases before ranking: a report already indexed
   * (checked again, or checked after its commit) must not take the LIKELY place from the case it repeats.
   *
   * @param excludedCaseIds cases never returned, typically the report's own
   */
  public List<DuplicateCandidate> find(DuplicateQuery q, int max, Set<String> excludedCaseIds) throws IOException {
    Objects.requireNonNull(q, "q");
    Objects.requireNonNull(excludedCaseIds, "excludedCaseIds");
    if (max < 1) {
      return List.of();
    }
    ReportFeatures features = ReportFeatures.of(VietnameseTextNormalizer.normalize(q.title()),
        VietnameseTextNormalizer.normalize(q.text()));
    ComplaintIndex.RecentSearcher view = index.acquireRecent();
    IndexSearcher searcher = view.searcher();
    List<IndexedReport> reports;
    List<IndexedReport> recent;
    WeightedTerms rare;
    try {
      rare = WeightedTerms.of(features, searcher.getIndexReader(), docFreqs, WeightedTerms.DEFAULT_MAX_TERMS,
          settings.maxQueryTerms(), view.recent().reports());
      // The hit count is never used: counting no further than the candidates lets block-max WAND skip every block
      // that cannot enter them, instead of scoring the first thousand matches in full.
      List<TermStates> states = new ArrayList<>(rare.retrievalTerms().size());
      for (String term : rare.retrievalTerms()) {
        states.add(docFreqs.termStates(searcher.getTopReaderContext(), term));
      }
      TopDocs top = searcher.search(CandidateQueries.duplicates(q, features, rare.retrievalTerms(), states, settings),
          new TopScoreDocCollectorManager(settings.candidates(), settings.candidates()));
      reports = IndexedReportReader.read(searcher, top.scoreDocs);
      recent = RecentRetrieval.matching(q, features, rare.retrievalTerms(), settings, searcher, docFreqs,
          view.recent().reports());
    } finally {
      index.release(searcher);
    }
    // Reports the searcher does not show yet compete with the retrieved ones on the same retrieval score.
    reports.removeIf(r -> view.recent().shadows(r.id()));
    if (!recent.isEmpty()) {
      reports.addAll(recent);
      reports.sort(Comparator.comparingDouble((IndexedReport r) -> -r.score()));
      if (reports.size() > settings.candidates()) {
        reports = new ArrayList<>(reports.subList(0, settings.candidates()));
      }
    }
    Map<String, DuplicateScorer.Scored> bestPerCase = new HashMap<>();
    for (IndexedReport r : reports) {
      DuplicateScorer.Scored s = scorer.score(q, features, rare, r, false);
      bestPerCase.merge(r.caseId(), s, (a, b) -> a.score() >= b.score() ? a : b);
    }
    List<DuplicateCandidate> out = new ArrayList<>();
    bestPerCase.values().stream()
        .filter(s -> s.score() >= settings.possible() && !excludedCaseIds.contains(s.report().caseId()))
        .sorted(Comparator.comparingDouble((DuplicateScorer.Scored s) -> -s.score())
            .thenComparing(s -> s.report().caseId()))
        .limit(max)
        // only the candidates returned are explained: the same score, now with its reasons
        .map(s -> scorer.score(q, features, rare, s.report(), true))
        .forEach(s -> out.add(new DuplicateCandidate(s.report().caseId(), s.score(),
            out.isEmpty() && s.score() >= settings.likely() ? DuplicateBand.LIKELY : DuplicateBand.POSSIBLE,
            s.reasons())));
    return out;
  }
}
