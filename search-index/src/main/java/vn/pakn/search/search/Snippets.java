package vn.pakn.search.search;

import java.io.IOException;
import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import vn.pakn.search.PublishedAnswer;
import vn.pakn.search.SearchHit;
import vn.pakn.search.analysis.PersonalDataMasker;
import vn.pakn.search.analysis.VietnameseAnalyzer;
import vn.pakn.search.index.IndexFields;

/** Highlighted passages and hit records, with personal data masked. */
public final class Snippets {
  /** Passages per snippet. */
  public static final int DEFAULT_PASSAGES = 2;
  /** Length of the text shown when nothing could be highlighted (a search by filters only). */
  public static final int DEFAULT_FALLBACK_LENGTH = 200;

  private static final VietnameseAnalyzer ANALYZER = new VietnameseAnalyzer(VietnameseAnalyzer.Options.SEARCH);

  private Snippets() {}

  public static String[] staff(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    return highlight(searcher, IndexFields.TEXT, query, page);
  }

  public static String[] answers(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    return highlight(searcher, IndexFields.ANSWER, query, page);
  }

  private static String[] highlight(IndexSearcher searcher, String field, Query query, ScoreDoc[] page)
      throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, ANALYZER).build();
    TopDocs top = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    String[] out = highlighter.highlight(field, query, top, DEFAULT_PASSAGES);
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        String stored = searcher.storedFields().document(page[i].doc).get(field);
        out[i] = stored == null ? "" : stored.substring(0, Math.min(stored.length(), DEFAULT_FALLBACK_LENGTH));
      }
      out[i] = PersonalDataMasker.mask(out[i]);
    }
    return out;
  }

  public static SearchHit hit(IndexSearcher searcher, ScoreDoc sd, String snippet) throws IOException {
    Document d = searcher.storedFields().document(sd.doc);
    return new SearchHit(d.get(IndexFields.ID), d.get(IndexFields.CASE_ID), PersonalDataMasker.mask(d.get(IndexFields.TITLE)),
        snippet, d.get(IndexFields.CATEGORY), value(d.get(IndexFields.AREA)), d.get(IndexFields.UNIT),
        d.get(IndexFields.STATE), received(d), Float.isNaN(sd.score) ? 0 : sd.score);
  }

  public static PublishedAnswer answer(IndexSearcher searcher, ScoreDoc sd, String snippet) throws IOException {
    Document d = searcher.storedFields().document(sd.doc);
    return new PublishedAnswer(d.get(IndexFields.CASE_ID), d.get(IndexFields.CATEGORY), value(d.get(IndexFields.AREA)),
        snippet, received(d), Float.isNaN(sd.score) ? 0 : sd.score);
  }

  private static Instant received(Document d) {
    return Instant.ofEpochMilli(d.getField(IndexFields.RECEIVED).numericValue().longValue());
  }

  private static String value(String s) {
    return IndexFields.NO_VALUE.equals(s) ? null : s;
  }
}
