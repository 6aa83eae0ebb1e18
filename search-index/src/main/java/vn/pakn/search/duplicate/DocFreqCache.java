package vn.pakn.search.duplicate;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Document frequencies and term states of similarity terms, cached per segment core: segments never change, so a
 * term is looked up in a segment once, however often the searcher is refreshed. The duplicate finder weighs up to
 * 256 terms per report and retrieves with 32 of them; without the cache, looking the 32 up in every segment again
 * (Lucene's {@code TermStates.build}) was a fifth of a check at a million reports. Entries go when the segment
 * closes.
 */
public final class DocFreqCache {
  /**
   * Bound per segment so an adversarial stream of unique words cannot grow the cache without limit (an entry is
   * about 200 bytes); terms beyond it are looked up each time.
   */
  static final int MAX_TERMS_PER_SEGMENT = 100_000;

  /** A term in one segment: its state (null when the segment lacks it), document and total frequency. */
  private record Entry(TermState state, int docFreq, long totalTermFreq) {}

  private static final Entry ABSENT = new Entry(null, 0, 0);

  private final Map<IndexReader.CacheKey, Map<String, Entry>> perSegment = new ConcurrentHashMap<>();
  /** Totals for the latest top-level reader: while nothing is written, a term costs one look-up. */
  private volatile ReaderTotals totals = new ReaderTotals(null, new ConcurrentHashMap<>());
  private final String field;

  public DocFreqCache(String field) {
    this.field = field;
  }

  private record ReaderTotals(IndexReader.CacheKey reader, Map<String, Integer> counts) {}

  /** Number of documents (live or deleted) that contain {@code term} in this cache's field. */
  int docFreq(IndexReader reader, String term) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return sumOverSegments(reader, term);
    }
    ReaderTotals current = totals;
    if (current.reader() != helper.getKey()) {
      current = new ReaderTotals(helper.getKey(), new ConcurrentHashMap<>());
      totals = current;
    }
    Integer cached = current.counts().get(term);
    if (cached == null) {
      cached = sumOverSegments(reader, term);
      if (current.counts().size() < MAX_TERMS_PER_SEGMENT) {
        current.counts().put(term, cached);
      }
    }
    return cached;
  }

  private int sumOverSegments(IndexReader reader, String term) throws IOException {
    int df = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      df += entry(leaf, term).docFreq();
    }
    return df;
  }

  /**
   * The term's states in every segment of {@code top}, as {@code TermStates.build} would give them (same document
   * and total frequencies, so the same BM25 scores), from the cache: for {@code new TermQuery(term, states)}.
   */
  public TermStates termStates(IndexReaderContext top, String term) throws IOException {
    TermStates states = new TermStates(top);
    for (LeafReaderContext leaf : top.leaves()) {
      Entry e = entry(leaf, term);
      if (e.state() != null) {
        states.register(e.state(), leaf.ord, e.docFreq(), e.totalTermFreq());
      }
    }
    return states;
  }

  private Entry entry(LeafReaderContext leaf, String term) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      return lookup(leaf, term);
    }
    Map<String, Entry> cache = perSegment.computeIfAbsent(helper.getKey(), key -> {
      helper.addClosedListener(perSegment::remove);
      return new ConcurrentHashMap<>();
    });
    Entry cached = cache.get(term);
    if (cached == null) {
      cached = lookup(leaf, term);
      if (cache.size() < MAX_TERMS_PER_SEGMENT) {
        cache.put(term, cached);
      }
    }
    return cached;
  }

  private Entry lookup(LeafReaderContext leaf, String term) throws IOException {
    Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return ABSENT;
    }
    TermsEnum te = terms.iterator();
    // termState() is a copy; TermsEnum.seekExact(term, state) copies from it again, so one can be shared
    return te.seekExact(new BytesRef(term)) ? new Entry(te.termState(), te.docFreq(), te.totalTermFreq()) : ABSENT;
  }
}
