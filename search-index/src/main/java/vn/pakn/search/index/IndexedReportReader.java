package vn.pakn.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import vn.pakn.search.duplicate.FingerprintCodec;

/** Reads {@link IndexedReport}s for hits from doc values, leaf by leaf in doc order as doc values want. */
public final class IndexedReportReader {
  private IndexedReportReader() {}

  /** The reports of {@code hits}, in the order of {@code hits}. */
  public static List<IndexedReport> read(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    IndexedReport[] out = new IndexedReport[hits.length];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafValues values = null;
    int leafIndex = -1;
    for (int i : order) {
      ScoreDoc hit = hits[i];
      int li = ReaderUtil.subIndex(hit.doc, leaves);
      if (li != leafIndex) {
        leafIndex = li;
        values = new LeafValues(leaves.get(li).reader());
      }
      out[i] = values.read(hit.doc - leaves.get(li).docBase, hit.doc, hit.score);
    }
    return new ArrayList<>(Arrays.asList(out));
  }

  private static final class LeafValues {
    private final BinaryDocValues id;
    private final BinaryDocValues caseId;
    private final NumericDocValues received;
    private final SortedDocValues phone;
    private final SortedDocValues category;
    private final SortedDocValues area;
    private final SortedDocValues unit;
    private final SortedNumericDocValues location;
    private final BinaryDocValues fingerprint;

    LeafValues(LeafReader r) throws IOException {
      id = DocValues.getBinary(r, IndexFields.ID);
      caseId = DocValues.getBinary(r, IndexFields.CASE_ID);
      received = DocValues.getNumeric(r, IndexFields.RECEIVED);
      phone = DocValues.getSorted(r, IndexFields.PHONE);
      category = DocValues.getSorted(r, IndexFields.CATEGORY);
      area = DocValues.getSorted(r, IndexFields.AREA);
      unit = DocValues.getSorted(r, IndexFields.UNIT);
      location = DocValues.getSortedNumeric(r, IndexFields.LOCATION);
      fingerprint = DocValues.getBinary(r, IndexFields.FINGERPRINT);
    }

    IndexedReport read(int doc, int globalDoc, float score) throws IOException {
      Double lat = null;
      Double lon = null;
      if (location.advanceExact(doc)) {
        long v = location.nextValue();
        lat = GeoEncodingUtils.decodeLatitude((int) (v >>> 32));
        lon = GeoEncodingUtils.decodeLongitude((int) v);
      }
      return new IndexedReport(globalDoc, score, string(id, doc), string(caseId, doc),
          received.advanceExact(doc) ? received.longValue() : 0L, string(phone, doc), string(category, doc),
          string(area, doc), string(unit, doc), lat, lon,
          fingerprint.advanceExact(doc) ? FingerprintCodec.decode(fingerprint.binaryValue()) : null);
    }

    private static String string(BinaryDocValues dv, int doc) throws IOException {
      return dv.advanceExact(doc) ? dv.binaryValue().utf8ToString() : null;
    }

    private static String string(SortedDocValues dv, int doc) throws IOException {
      if (!dv.advanceExact(doc)) {
        return null;
      }
      String value = dv.lookupOrd(dv.ordValue()).utf8ToString();
      return IndexFields.NO_VALUE.equals(value) ? null : value;
    }
  }
}
