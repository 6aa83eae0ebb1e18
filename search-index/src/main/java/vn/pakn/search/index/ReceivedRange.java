package vn.pakn.search.index;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.Query;

/** Filters on the reception time of reports. */
public final class ReceivedRange {
  private ReceivedRange() {}

  /**
   * Reports received in [from, to] (epoch milliseconds): on the index sorted by reception time this is one doc-id
   * range per segment, found by binary search over doc values, so a query never builds a bit set of the window;
   * the point query serves any segment that is not sorted.
   */
  public static Query between(long from, long to) {
    return new IndexSortSortedNumericDocValuesRangeQuery(IndexFields.RECEIVED, from, to,
        LongPoint.newRangeQuery(IndexFields.RECEIVED, from, to));
  }
}
