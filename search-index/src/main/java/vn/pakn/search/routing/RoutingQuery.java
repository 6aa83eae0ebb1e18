package vn.pakn.search.routing;

import java.util.LinkedHashSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.pakn.search.duplicate.ProblemTopics;
import vn.pakn.search.duplicate.ReportFeatures;
import vn.pakn.search.index.IndexFields;

/**
 * Finds the routed reports nearest to a new one: BM25 over folded syllables and bigrams, with the category, the
 * problem topic and the area as strong extra evidence (the lead unit follows from what and where), among
 * reports that have a unit.
 */
public final class RoutingQuery {
  /** The category decides the responsible unit more than any single word. */
  public static final float DEFAULT_CATEGORY_BOOST = 6f;
  /** Ward-level units answer for their own area. */
  public static final float DEFAULT_AREA_BOOST = 3f;
  public static final float DEFAULT_TOPIC_BOOST = 3f;
  /** Most terms taken from the new report. */
  public static final int DEFAULT_MAX_TERMS = 96;

  private RoutingQuery() {}

  public static Query build(ReportFeatures f, String category, String area) {
    BooleanQuery.Builder evidence = new BooleanQuery.Builder();
    int n = 0;
    for (String term : new LinkedHashSet<>(f.terms())) {
      if (n++ >= DEFAULT_MAX_TERMS) {
        break;
      }
      evidence.add(new TermQuery(new Term(IndexFields.FOLDED, term)), Occur.SHOULD);
    }
    if (category != null) {
      evidence.add(constant(IndexFields.CATEGORY, category, DEFAULT_CATEGORY_BOOST), Occur.SHOULD);
    }
    if (area != null) {
      evidence.add(constant(IndexFields.AREA, area, DEFAULT_AREA_BOOST), Occur.SHOULD);
    }
    for (String topic : ProblemTopics.names(f.topics())) {
      evidence.add(constant(IndexFields.TOPIC, topic, DEFAULT_TOPIC_BOOST), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(evidence.build(), Occur.MUST)
        .add(new FieldExistsQuery(IndexFields.UNIT), Occur.FILTER)
        .build();
  }

  private static Query constant(String field, String value, float boost) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), boost);
  }
}
