package vn.pakn.search.index;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * A scoring query restricted to reports received in a time window (and, optionally, matching a non-scoring filter),
 * scored exactly as the query alone would score them.
 *
 * <p>Why not {@code +query #window #filter}: a Boolean conjunction makes Lucene score the disjunction of the many
 * rare-term clauses with WAND inside a conjunction, which at a million reports was most of the duplicate check's
 * time. Here the window of a segment sorted by reception time is one doc-id range, found by binary search over the
 * reception-time doc values, and the query's own bulk scorer (for a pure disjunction: MaxScore, which skips far
 * better) runs on that range only, with the filter as accepted documents. A segment whose reception times (from its
 * points' min/max, no doc read) miss the window is not scored at all. Segments not sorted by reception time are
 * filtered by the points of {@link IndexFields#RECEIVED} instead.
 */
public final class ReceivedWindowQuery extends Query {
  private static final Sort BY_RECEIVED = new Sort(new SortField(IndexFields.RECEIVED, SortField.Type.LONG));

  private final Query query;
  private final long from;
  private final long to;
  private final Query filter;

  /**
   * @param query the scoring query
   * @param from first reception time of the window, epoch milliseconds, inclusive
   * @param to last reception time, inclusive
   * @param filter non-scoring filter, or {@code null} for none
   */
  public ReceivedWindowQuery(Query query, long from, long to, Query filter) {
    this.query = Objects.requireNonNull(query, "query");
    if (from > to) {
      throw new IllegalArgumentException("from must not be after to, got from=" + from + " to=" + to);
    }
    this.from = from;
    this.to = to;
    this.filter = filter;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query q = query.rewrite(searcher);
    Query f = filter == null ? null : filter.rewrite(searcher);
    return q == query && f == filter ? this : new ReceivedWindowQuery(q, from, to, f);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight inner = searcher.createWeight(query, scoreMode, boost);
    Weight filterWeight = filter == null ? null
        : searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new WindowWeight(inner, filterWeight);
  }

  /** Docs [lo, hi) of a segment, and which of them pass the filter (null: all). */
  private record Range(int lo, int hi, Bits accepted) {}

  private final class WindowWeight extends Weight {
    private final Weight inner;
    private final Weight filterWeight;

    WindowWeight(Weight inner, Weight filterWeight) {
      super(ReceivedWindowQuery.this);
      this.inner = inner;
      this.filterWeight = filterWeight;
    }

    /** The window in this segment, or null when no document of the segment can be in it. */
    private Range range(LeafReaderContext ctx) throws IOException {
      LeafReader reader = ctx.reader();
      PointValues points = reader.getPointValues(IndexFields.RECEIVED);
      if (points == null) {
        return null;
      }
      long min = LongPoint.decodeDimension(points.getMinPackedValue(), 0);
      long max = LongPoint.decodeDimension(points.getMaxPackedValue(), 0);
      if (max < from || min > to) {
        return null;
      }
      int maxDoc = reader.maxDoc();
      boolean sorted = BY_RECEIVED.equals(reader.getMetaData().getSort());
      int lo = 0;
      int hi = maxDoc;
      Query docFilter = filter;
      if (!sorted) {
        Query window = LongPoint.newRangeQuery(IndexFields.RECEIVED, from, to);
        docFilter = filter == null ? window
            : new BooleanQuery.Builder().add(window, Occur.FILTER).add(filter, Occur.FILTER).build();
      } else if (min < from || max > to) {
        lo = firstAtLeast(reader, from);
        hi = to == Long.MAX_VALUE ? maxDoc : firstAtLeast(reader, to + 1);
      }
      if (lo >= hi) {
        return null;
      }
      Bits accepted;
      if (docFilter == filter) {
        accepted = filterWeight == null ? null : accepted(filterWeight, ctx, lo, hi);
      } else {
        // the window as points, searched in this segment alone (its own weight, so its own reader context)
        IndexSearcher alone = new IndexSearcher(reader);
        alone.setQueryCache(null);
        Weight w = alone.createWeight(alone.rewrite(docFilter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        accepted = accepted(w, alone.getTopReaderContext().leaves().get(0), lo, hi);
      }
      return new Range(lo, hi, accepted);
    }

    @Override
    public BulkScorer bulkScorer(LeafReaderContext ctx) throws IOException {
      Range r = range(ctx);
      if (r == null) {
        return null;
      }
      BulkScorer scorer = inner.bulkScorer(ctx);
      if (scorer == null) {
        return null;
      }
      return new BulkScorer() {
        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
          int start = Math.max(min, r.lo());
          int end = Math.min(max, r.hi());
          if (start < end) {
            scorer.score(collector, and(acceptDocs, r.accepted()), start, end);
          }
          return max >= r.hi() ? DocIdSetIterator.NO_MORE_DOCS : Math.max(max, r.lo());
        }

        @Override
        public long cost() {
          return Math.min(scorer.cost(), r.hi() - r.lo());
        }
      };
    }

    @Override
    public Scorer scorer(LeafReaderContext ctx) throws IOException {
      Range r = range(ctx);
      Scorer in = r == null ? null : inner.scorer(ctx);
      if (in == null) {
        return null;
      }
      DocIdSetIterator docs = in.iterator();
      DocIdSetIterator windowed = new DocIdSetIterator() {
        private int doc = -1;

        @Override
        public int docID() {
          return doc;
        }

        @Override
        public int nextDoc() throws IOException {
          return advance(doc + 1);
        }

        @Override
        public int advance(int target) throws IOException {
          int d = docs.docID() >= Math.max(target, r.lo()) ? docs.docID() : docs.advance(Math.max(target, r.lo()));
          while (d < r.hi() && r.accepted() != null && !r.accepted().get(d)) {
            d = docs.nextDoc();
          }
          doc = d >= r.hi() ? NO_MORE_DOCS : d;
          return doc;
        }

        @Override
        public long cost() {
          return Math.min(docs.cost(), r.hi() - r.lo());
        }
      };
      return new Scorer(this) {
        @Override
        public DocIdSetIterator iterator() {
          return windowed;
        }

        @Override
        public int docID() {
          return windowed.docID();
        }

        @Override
        public float score() throws IOException {
          return in.score();
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
          return in.getMaxScore(upTo);
        }

        @Override
        public int advanceShallow(int target) throws IOException {
          return in.advanceShallow(target);
        }
      };
    }

    @Override
    public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
      Scorer s = scorer(ctx);
      if (s == null || s.iterator().advance(doc) != doc) {
        return Explanation.noMatch("not in the reception window [" + from + ", " + to + "] or filter");
      }
      return inner.explain(ctx, doc);
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
      return inner.isCacheable(ctx) && (filterWeight == null || filterWeight.isCacheable(ctx));
    }
  }

  /** The first doc whose reception time is at least {@code value}, in a segment sorted by it (maxDoc if none). */
  static int firstAtLeast(LeafReader reader, long value) throws IOException {
    int lo = 0;
    int hi = reader.maxDoc();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      // doc values iterate forward only: a fresh iterator per probe (a handful of probes per segment and query)
      NumericDocValues received = DocValues.getNumeric(reader, IndexFields.RECEIVED);
      long v = received.advanceExact(mid) ? received.longValue() : Long.MIN_VALUE;
      if (v < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The docs in [lo, hi) that match the filter weight, as bits over the segment. */
  private static Bits accepted(Weight w, LeafReaderContext ctx, int lo, int hi) throws IOException {
    Scorer s = w.scorer(ctx);
    FixedBitSet bits = new FixedBitSet(hi - lo);
    if (s != null) {
      DocIdSetIterator it = s.iterator();
      var twoPhase = s.twoPhaseIterator();
      for (int d = it.advance(lo); d < hi; d = it.nextDoc()) {
        if (twoPhase == null || twoPhase.matches()) {
          bits.set(d - lo);
        }
      }
    }
    return new Bits() {
      @Override
      public boolean get(int index) {
        return index >= lo && index < hi && bits.get(index - lo);
      }

      @Override
      public int length() {
        return ctx.reader().maxDoc();
      }
    };
  }

  private static Bits and(Bits a, Bits b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return new Bits() {
      @Override
      public boolean get(int index) {
        return a.get(index) && b.get(index);
      }

      @Override
      public int length() {
        return a.length();
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor v = visitor.getSubVisitor(Occur.MUST, this);
    query.visit(v);
    if (filter != null) {
      filter.visit(visitor.getSubVisitor(Occur.FILTER, this));
    }
  }

  @Override
  public String toString(String field) {
    return "window(" + query.toString(field) + ", " + IndexFields.RECEIVED + ":[" + from + " TO " + to + "]"
        + (filter == null ? "" : ", filter " + filter.toString(field)) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((ReceivedWindowQuery) other).query)
        && from == ((ReceivedWindowQuery) other).from && to == ((ReceivedWindowQuery) other).to
        && Objects.equals(filter, ((ReceivedWindowQuery) other).filter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), query, from, to, filter);
  }
}
