package vn.pakn.search.search;

import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import vn.pakn.search.IndexSettings;
import vn.pakn.search.StaffSearchQuery;
import vn.pakn.search.analysis.VietnameseAnalyzer;
import vn.pakn.search.analysis.VietnameseTextNormalizer;
import vn.pakn.search.index.IndexFields;
import vn.pakn.search.index.ReceivedRange;

/**
 * Builds search queries. Query text goes through the index's analyzer, so accented and folded syllables are
 * stacked as synonyms: "mat dien" finds "mất điện" and "mất điện" prefers it.
 */
public final class SearchQueries {
  /**
   * Share of the query's syllables a report must contain: all of a short query, most of a long one, so one
   * stray or misspelt word does not empty the result.
   */
  public static final float DEFAULT_MIN_SHOULD_MATCH = 0.7f;
  /** A match in the title says more than one in the body. */
  public static final float DEFAULT_TITLE_BOOST = 2f;

  private static final QueryBuilder BUILDER = new QueryBuilder(new VietnameseAnalyzer(VietnameseAnalyzer.Options.SEARCH));

  private SearchQueries() {}

  public static Query staff(StaffSearchQuery q, IndexSettings settings) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Query text = text(q.text(), IndexFields.TEXT, IndexFields.TITLE);
    b.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
    filter(b, IndexFields.CATEGORY, q.categories());
    filter(b, IndexFields.UNIT, q.units());
    filter(b, IndexFields.STATE, q.states());
    filter(b, IndexFields.AREA, q.areas());
    if (q.from() != null || q.to() != null) {
      long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli();
      long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochMilli() - 1;
      b.add(ReceivedRange.between(from, to), Occur.FILTER);
    }
    return b.build();
  }

  /** Published answers only: the query never looks at report text. */
  public static Query published(String text) {
    Query answer = text(text, IndexFields.ANSWER, null);
    return new BooleanQuery.Builder()
        .add(answer == null ? new MatchAllDocsQuery() : answer, Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.PUBLISHED, "true")), Occur.FILTER)
        .build();
  }

  /** Text query over a body field and an optional title field; null when the text has no searchable word. */
  static Query text(String text, String body, String title) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String normalized = VietnameseTextNormalizer.normalize(text);
    Query inBody = BUILDER.createMinShouldMatchQuery(body, normalized, DEFAULT_MIN_SHOULD_MATCH);
    if (inBody == null || title == null) {
      return inBody;
    }
    Query inTitle = BUILDER.createMinShouldMatchQuery(title, normalized, DEFAULT_MIN_SHOULD_MATCH);
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(inBody, Occur.SHOULD);
    if (inTitle != null) {
      b.add(new BoostQuery(inTitle, DEFAULT_TITLE_BOOST), Occur.SHOULD);
    }
    return b.build();
  }

  private static void filter(BooleanQuery.Builder b, String field, Set<String> values) {
    if (!values.isEmpty()) {
      b.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), Occur.FILTER);
    }
  }
}
