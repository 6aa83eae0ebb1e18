package vn.pakn.search.duplicate;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.util.BytesRef;

/**
 * Document frequencies of similarity terms, cached per segment core: segments never change, so a term's count
 * in a segment is looked up once, however often the searcher is refreshed. Entries go when the segment closes.
 */
public final class DocFreqCache {
  /** Bound per segment so an adversarial stream of unique words cannot grow the cache without limit. */
  static final int MAX_TERMS_PER_SEGMENT = 200_000;

  private final Map<IndexReader.CacheKey, Map<String, Integer>> perSegment = new ConcurrentHashMap<>();
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
      IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
      if (helper == null) {
        df += leaf.reader().docFreq(new Term(field, term));
        continue;
      }
      Map<String, Integer> cache = perSegment.computeIfAbsent(helper.getKey(), key -> {
        helper.addClosedListener(perSegment::remove);
        return new ConcurrentHashMap<>();
      });
      Integer cached = cache.get(term);
      if (cached == null) {
        cached = lookup(leaf, term);
        if (cache.size() < MAX_TERMS_PER_SEGMENT) {
          cache.put(term, cached);
        }
      }
      df += cached;
    }
    return df;
  }

  private int lookup(LeafReaderContext leaf, String term) throws IOException {
    Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return 0;
    }
    TermsEnum te = terms.iterator();
    return te.seekExact(new BytesRef(term)) ? te.docFreq() : 0;
  }
}
