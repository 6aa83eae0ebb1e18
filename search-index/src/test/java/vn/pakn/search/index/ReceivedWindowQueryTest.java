package vn.pakn.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class ReceivedWindowQueryTest {
  private static final long DAY = 86_400_000L;
  private static final String[] WORDS = {"ngap", "nuoc", "mat", "dien", "rac", "ho", "ga", "cay", "do", "den",
      "duong", "kiet", "ngo", "hem", "le_loi", "ham_nghi", "so_12", "so_45", "tran_phu", "bao"};

  /** Four segments, each written over its own stretch of 50 days (as reports arrive), one with a report updated late. */
  private static Directory index(boolean sorted) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    if (sorted) {
      config.setIndexSort(new Sort(new SortField(IndexFields.RECEIVED, SortField.Type.LONG)));
    }
    Random random = new Random(42);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      int id = 0;
      for (int segment = 0; segment < 4; segment++) {
        for (int i = 0; i < 300; i++) {
          long received = segment * 50 * DAY + (long) (random.nextDouble() * 50 * DAY);
          w.addDocument(doc(random, id++, received));
        }
        if (segment == 3) {
          w.addDocument(doc(random, id++, 3 * DAY)); // an old report re-indexed now
        }
        w.commit();
      }
    }
    return dir;
  }

  private static Document doc(Random random, int id, long received) {
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < 4 + random.nextInt(12); k++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    Document d = new Document();
    d.add(new StringField(IndexFields.ID, "r" + id, Field.Store.YES));
    d.add(new TextField(IndexFields.FOLDED, text.toString(), Field.Store.NO));
    int area = random.nextInt(3);
    d.add(new StringField(IndexFields.AREA, area == 0 ? IndexFields.NO_VALUE : "P" + area, Field.Store.NO));
    d.add(new LongPoint(IndexFields.RECEIVED, received));
    d.add(new NumericDocValuesField(IndexFields.RECEIVED, received));
    return d;
  }

  private static Query evidence(String... words) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String word : words) {
      b.add(new TermQuery(new Term(IndexFields.FOLDED, word)), Occur.SHOULD);
    }
    return b.build();
  }

  private static Query area(String area) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.AREA, area)), Occur.SHOULD)
        .add(new TermQuery(new Term(IndexFields.AREA, IndexFields.NO_VALUE)), Occur.SHOULD)
        .build();
  }

  /** What the window query replaces: the scoring query in a conjunction with the window and the filter. */
  private static Query conjunction(Query q, long from, long to, Query filter) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST)
        .add(LongPoint.newRangeQuery(IndexFields.RECEIVED, from, to), Occur.FILTER);
    if (filter != null) {
      b.add(filter, Occur.FILTER);
    }
    return b.build();
  }

  private static List<String> top(IndexSearcher s, Query q, int n, int totalHitsThreshold) throws IOException {
    TopDocs top = s.search(q, new TopScoreDocCollectorManager(n, totalHitsThreshold));
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(s.storedFields().document(sd.doc).get(IndexFields.ID) + "=" + sd.score);
    }
    return out;
  }

  @Test
  void answersExactlyAsTheConjunctionWithTheWindowAndFilter() throws IOException {
    for (boolean sorted : new boolean[] {true, false}) {
      try (Directory dir = index(sorted); DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSize(4);
        IndexSearcher s = new IndexSearcher(reader);
        Query[] queries = {evidence("ngap", "le_loi", "so_12", "kiet"), evidence("mat", "dien", "tran_phu"),
            evidence("rac", "ho", "ga", "cay", "do", "den", "bao", "hem"), evidence("ham_nghi")};
        long[][] windows = {{0, 30 * DAY}, {40 * DAY, 100 * DAY}, {170 * DAY, 230 * DAY}, {-DAY, 300 * DAY},
            {2 * DAY, 4 * DAY}, {500 * DAY, 600 * DAY}};
        for (Query q : queries) {
          for (long[] w : windows) {
            for (Query filter : new Query[] {null, area("P1")}) {
              Query expected = conjunction(q, w[0], w[1], filter);
              Query actual = new ReceivedWindowQuery(q, w[0], w[1], filter);
              // top 10 with pruning (MaxScore inside), and every hit with complete scoring
              assertThat(top(s, actual, 10, 10)).as("%s %s sorted=%s", q, w[0], sorted)
                  .isEqualTo(top(s, expected, 10, 10));
              assertThat(top(s, actual, 2000, Integer.MAX_VALUE)).isEqualTo(top(s, expected, 2000, Integer.MAX_VALUE));
              assertThat(s.count(actual)).isEqualTo(s.count(expected));
            }
          }
        }
      }
    }
  }

  @Test
  void segmentsWhoseReceptionTimesMissTheWindowAreNotScored() throws IOException {
    try (Directory dir = index(true); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      // days 60-90 lie in the second segment only; the last one spans days 3-200 (a re-indexed old report) but
      // its doc range for the window is empty; days 2-4 are in the first and, through that report, the last
      assertThat(scoredSegments(s, 60 * DAY, 90 * DAY)).containsExactly(1);
      assertThat(scoredSegments(s, 2 * DAY, 4 * DAY)).containsExactly(0, 3);
    }
  }

  private static List<Integer> scoredSegments(IndexSearcher s, long from, long to) throws IOException {
    Query q = new ReceivedWindowQuery(evidence("ngap", "mat", "rac", "so_12"), from, to, null);
    Weight w = s.createWeight(s.rewrite(q), ScoreMode.TOP_SCORES, 1f);
    List<Integer> scored = new ArrayList<>();
    for (int i = 0; i < s.getIndexReader().leaves().size(); i++) {
      if (w.bulkScorer(s.getIndexReader().leaves().get(i)) != null) {
        scored.add(i);
      }
    }
    return scored;
  }

  @Test
  void scorerAndExplanationAgreeWithTheWindow() throws IOException {
    try (Directory dir = index(true); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      Query q = new ReceivedWindowQuery(evidence("ngap", "le_loi"), 60 * DAY, 90 * DAY, area("P2"));
      Query expected = conjunction(evidence("ngap", "le_loi"), 60 * DAY, 90 * DAY, area("P2"));
      TopDocs all = s.search(expected, new TopScoreDocCollectorManager(2000, Integer.MAX_VALUE));
      assertThat(all.scoreDocs).isNotEmpty();
      for (ScoreDoc sd : all.scoreDocs) {
        assertThat(s.explain(q, sd.doc).isMatch()).isTrue();
        assertThat(s.explain(q, sd.doc).getValue().floatValue()).isEqualTo(sd.score);
      }
      int outside = s.search(conjunction(evidence("ngap", "le_loi"), 0, 40 * DAY, null), 1).scoreDocs[0].doc;
      assertThat(s.explain(q, outside).isMatch()).isFalse();
    }
  }

  @Test
  void rejectsAWindowThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> new ReceivedWindowQuery(evidence("ngap"), 10, 9, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from=10 to=9");
  }
}
