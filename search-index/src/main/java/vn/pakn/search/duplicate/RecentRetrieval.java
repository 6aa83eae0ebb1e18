package vn.pakn.search.duplicate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.SloppyMath;
import vn.pakn.search.DuplicateQuery;
import vn.pakn.search.DuplicateSettings;
import vn.pakn.search.index.IndexFields;
import vn.pakn.search.index.IndexedReport;
import vn.pakn.search.index.RecentReport;

/**
 * Scores reports not yet visible to the searcher the way {@link CandidateQueries#duplicates} would: BM25 over the
 * retrieval terms with the searcher's statistics, plus the caller, topic and distance clauses. They then compete with
 * the retrieved reports for the same candidate places, so whether a report had been refreshed into the searcher
 * does not change which candidates are re-ranked (scoring every recent report directly let ones retrieval would
 * never pick outrank the right case: F1 fell from 0.907 to 0.89 on the team's set).
 */
public final class RecentRetrieval {
  /** Lucene's BM25Similarity defaults, which the index uses. */
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private RecentRetrieval() {}

  /** The recent reports' own average length, while the searcher has no report to take it from. */
  private static double averageLength(List<RecentReport> recent) {
    return Math.max(1, recent.stream().mapToInt(RecentReport::length).average().orElse(1));
  }

  /** The recent reports the query would match, each with its retrieval score, unordered. */
  public static List<IndexedReport> matching(DuplicateQuery q, ReportFeatures features, List<String> terms,
      DuplicateSettings settings, IndexSearcher searcher, DocFreqCache docFreqs, List<RecentReport> recent)
      throws IOException {
    List<IndexedReport> out = new ArrayList<>();
    if (recent.isEmpty()) {
      return out;
    }
    IndexReader reader = searcher.getIndexReader();
    CollectionStatistics stats = searcher.collectionStatistics(IndexFields.FOLDED);
    // Lucene's statistics as the searcher has them (the recent reports are not in them: nor are they for the
    // retrieved reports' scores, which these must be comparable with).
    long docCount = stats == null ? 1 : stats.docCount();
    double avgLength = stats == null ? averageLength(recent) : (double) stats.sumTotalTermFreq() / stats.docCount();
    double[] idf = new double[terms.size()];
    for (int i = 0; i < idf.length; i++) {
      int df = docFreqs.docFreq(reader, terms.get(i));
      idf[i] = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
    }
    for (RecentReport rr : recent) {
      IndexedReport r = rr.report();
      if (!CandidateQueries.admits(q, r, settings)) {
        continue;
      }
      boolean matched = false;
      double score = 0;
      double norm = K1 * (1 - B + B * rr.length() / Math.max(avgLength, 1e-9));
      for (int i = 0; i < idf.length; i++) {
        Integer tf = rr.termFreqs().get(terms.get(i));
        if (tf != null) {
          matched = true;
          score += idf[i] * tf / (tf + norm);
        }
      }
      if (q.phoneHash() != null && q.phoneHash().equals(r.phoneHash())) {
        matched = true;
        score += CandidateQueries.PHONE_BOOST;
      }
      long sharedTopics = r.fingerprint() == null ? 0 : features.topics() & r.fingerprint().topics();
      if (sharedTopics != 0) {
        matched = true;
        score += CandidateQueries.TOPIC_BOOST * Long.bitCount(sharedTopics);
      }
      if (q.hasLocation() && r.hasLocation()) {
        matched = true;
        double meters = SloppyMath.haversinMeters(q.lat(), q.lon(), r.lat(), r.lon());
        score += CandidateQueries.DISTANCE_BOOST * settings.nearbyMeters() / (settings.nearbyMeters() + meters);
      }
      if (matched) {
        out.add(new IndexedReport(r.doc(), (float) score, r.id(), r.caseId(), r.receivedMillis(), r.phoneHash(),
            r.category(), r.area(), r.unit(), r.lat(), r.lon(), r.fingerprint()));
      }
    }
    return out;
  }
}
