package vn.pakn.search.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class DocFreqCacheTest {
  private static final List<String> TERMS = List.of("ngap", "le_loi", "mat_dien", "khong_co", "rac");

  private static void add(IndexWriter w, String text) throws IOException {
    Document d = new Document();
    d.add(new TextField("folded", text, Field.Store.NO));
    w.addDocument(d);
  }

  private static Query query(DocFreqCache cache, IndexSearcher s) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : TERMS) {
      b.add(cache == null ? new TermQuery(new Term("folded", t))
          : new TermQuery(new Term("folded", t), cache.termStates(s.getTopReaderContext(), t)), Occur.SHOULD);
    }
    return b.build();
  }

  private static String answers(IndexSearcher s, Query q) throws IOException {
    TopDocs top = s.search(q, 50);
    return Arrays.toString(Arrays.stream(top.scoreDocs).map(sd -> sd.doc + "=" + sd.score).toArray());
  }

  @Test
  void cachedTermStatesScoreExactlyAsLookedUpOnesAcrossRefreshes() throws IOException {
    DocFreqCache cache = new DocFreqCache("folded");
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir,
            new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
      add(w, "ngap le_loi ngap");
      add(w, "mat_dien le_loi");
      w.commit();
      add(w, "rac ngap");
      add(w, "rac rac mat_dien ngap le_loi");
      w.commit();
      try (DirectoryReader first = DirectoryReader.open(w)) {
        IndexSearcher s = new IndexSearcher(first);
        assertThat(answers(s, query(cache, s))).isEqualTo(answers(s, query(null, s)));
        assertThat(cache.docFreq(first, "ngap")).isEqualTo(first.docFreq(new Term("folded", "ngap")));
        assertThat(cache.termStates(s.getTopReaderContext(), "khong_co").docFreq()).isZero();
      }
      // a new segment and a deletion: the old segments' entries stay valid, the new one is looked up
      add(w, "ngap ngap ngap rac");
      w.deleteDocuments(new Term("folded", "mat_dien"));
      try (DirectoryReader second = DirectoryReader.open(w)) {
        IndexSearcher s = new IndexSearcher(second);
        assertThat(second.leaves()).hasSize(3);
        assertThat(answers(s, query(cache, s))).isEqualTo(answers(s, query(null, s)));
        assertThat(cache.termStates(s.getTopReaderContext(), "ngap").docFreq())
            .isEqualTo(second.docFreq(new Term("folded", "ngap")));
      }
    }
  }
}
