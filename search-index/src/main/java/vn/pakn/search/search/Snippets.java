package vn.pakn.search.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
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
    Values v = new Values(searcher, sd.doc);
    String title = searcher.storedFields().document(sd.doc, Set.of(IndexFields.TITLE)).get(IndexFields.TITLE);
    return new SearchHit(v.binary(IndexFields.ID), v.binary(IndexFields.CASE_ID), PersonalDataMasker.mask(title),
        snippet, v.keyword(IndexFields.CATEGORY), v.keyword(IndexFields.AREA), v.keyword(IndexFields.UNIT),
        v.keyword(IndexFields.STATE), v.received(), Float.isNaN(sd.score) ? 0 : sd.score);
  }

  public static PublishedAnswer answer(IndexSearcher searcher, ScoreDoc sd, String snippet) throws IOException {
    Values v = new Values(searcher, sd.doc);
    return new PublishedAnswer(v.binary(IndexFields.CASE_ID), v.keyword(IndexFields.CATEGORY),
        v.keyword(IndexFields.AREA), snippet, v.received(), Float.isNaN(sd.score) ? 0 : sd.score);
  }

  /** A hit's values from doc values: only the texts are stored. */
  private static final class Values {
    private final LeafReader reader;
    private final int doc;

    Values(IndexSearcher searcher, int globalDoc) {
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(globalDoc, leaves));
      this.reader = leaf.reader();
      this.doc = globalDoc - leaf.docBase;
    }

    String binary(String field) throws IOException {
      BinaryDocValues dv = DocValues.getBinary(reader, field);
      return dv.advanceExact(doc) ? dv.binaryValue().utf8ToString() : null;
    }

    /** A keyword, or null when absent or {@link IndexFields#NO_VALUE}. */
    String keyword(String field) throws IOException {
      SortedDocValues dv = DocValues.getSorted(reader, field);
      if (!dv.advanceExact(doc)) {
        return null;
      }
      String value = dv.lookupOrd(dv.ordValue()).utf8ToString();
      return IndexFields.NO_VALUE.equals(value) ? null : value;
    }

    Instant received() throws IOException {
      NumericDocValues dv = DocValues.getNumeric(reader, IndexFields.RECEIVED);
      return Instant.ofEpochMilli(dv.advanceExact(doc) ? dv.longValue() : 0L);
    }
  }
}
