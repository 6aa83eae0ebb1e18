package vn.pakn.search.duplicate;

import java.util.List;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.pakn.search.DuplicateQuery;
import vn.pakn.search.DuplicateSettings;
import vn.pakn.search.index.IndexFields;
import vn.pakn.search.index.IndexedReport;
import vn.pakn.search.index.ReceivedWindowQuery;

/**
 * The Lucene query that retrieves duplicate candidates: BM25 over the rarest folded syllables and bigrams of
 * the new report (like MoreLikeThis, the rare terms carry the match and the common ones only cost time), plus the same caller, the same problem topic and closeness as extra evidence, filtered to the time
 * window and (when known) the area.
 */
public final class CandidateQueries {
  /** A same-caller report should be retrieved even when worded differently: worth a few matching bigrams. */
  static final float PHONE_BOOST = 8f;
  /** The same problem named in other words still counts. */
  static final float TOPIC_BOOST = 2f;
  /** A report on the same spot, weighted like a couple of matching terms. */
  static final float DISTANCE_BOOST = 4f;

  private CandidateQueries() {}

  /**
   * @param terms the similarity terms to match, normally the rarest ones of the new report
   */
  public static Query duplicates(DuplicateQuery q, ReportFeatures features, List<String> terms,
      DuplicateSettings settings) {
    return duplicates(q, features, terms, List.of(), settings);
  }

  /**
   * As {@link #duplicates(DuplicateQuery, ReportFeatures, List, DuplicateSettings)} with the terms' states already
   * known for the searcher that will run the query ({@link DocFreqCache#termStates}), so it looks nothing up.
   *
   * @param states for each term, its states (same order), or an empty list to look them up
   */
  public static Query duplicates(DuplicateQuery q, ReportFeatures features, List<String> terms,
      List<TermStates> states, DuplicateSettings settings) {
    BooleanQuery.Builder evidence = new BooleanQuery.Builder();
    for (int i = 0; i < terms.size(); i++) {
      Term term = new Term(IndexFields.FOLDED, terms.get(i));
      evidence.add(states.isEmpty() ? new TermQuery(term) : new TermQuery(term, states.get(i)), Occur.SHOULD);
    }
    if (q.phoneHash() != null) {
      evidence.add(boosted(new TermQuery(new Term(IndexFields.PHONE, q.phoneHash())), PHONE_BOOST), Occur.SHOULD);
    }
    for (String topic : ProblemTopics.names(features.topics())) {
      evidence.add(boosted(new TermQuery(new Term(IndexFields.TOPIC, topic)), TOPIC_BOOST), Occur.SHOULD);
    }
    if (q.hasLocation()) {
      evidence.add(LatLonPoint.newDistanceFeatureQuery(IndexFields.LOCATION, DISTANCE_BOOST, q.lat(), q.lon(),
          settings.nearbyMeters()), Occur.SHOULD);
    }
    long t = q.receivedAt().toEpochMilli();
    long window = settings.timeWindow().toMillis();
    Query area = null;
    if (q.area() != null && settings.filterByArea()) {
      area = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexFields.AREA, q.area())), Occur.SHOULD)
          .add(new TermQuery(new Term(IndexFields.AREA, IndexFields.NO_VALUE)), Occur.SHOULD)
          .build();
    }
    // The evidence stays a pure disjunction (scored by MaxScore on the window's doc range), not a conjunction.
    return new ReceivedWindowQuery(evidence.build(), t - window, t + window, area);
  }

  /**
   * Whether a report passes the filters of {@link #duplicates}: how the finder treats a recent report it reads from
   * memory instead of retrieving it.
   */
  public static boolean admits(DuplicateQuery q, IndexedReport r, DuplicateSettings settings) {
    long window = settings.timeWindow().toMillis();
    long t = q.receivedAt().toEpochMilli();
    if (r.receivedMillis() < t - window || r.receivedMillis() > t + window) {
      return false;
    }
    return q.area() == null || !settings.filterByArea() || r.area() == null || r.area().equals(q.area());
  }

  private static Query boosted(Query q, float boost) {
    return new BoostQuery(new ConstantScoreQuery(q), boost);
  }
}
