package vn.pakn.search.index;

import static vn.pakn.search.index.IndexFields.*;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.analysis.AnalyzedText;
import vn.pakn.search.analysis.VietnameseTextNormalizer;
import vn.pakn.search.duplicate.FingerprintCodec;
import vn.pakn.search.duplicate.ProblemTopics;
import vn.pakn.search.duplicate.ReportFeatures;

/** Turns a {@link ComplaintDocument} into the Lucene document described by {@link IndexFields}. */
public final class DocumentMapper {
  /** Similarity terms need frequencies for BM25, not positions. */
  private static final FieldType FOLDED_TYPE = new FieldType();
  /**
   * Searchable, stored text without positions: queries match syllables stacked as synonyms, never phrases,
   * and the highlighter re-analyses the stored text; positions would cost indexing time and disk for nothing.
   */
  private static final FieldType TEXT_TYPE = new FieldType();

  static {
    FOLDED_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    FOLDED_TYPE.setTokenized(true);
    FOLDED_TYPE.freeze();
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setStored(true);
    TEXT_TYPE.freeze();
  }

  private final DateTimeFormatter monthFormat;

  public DocumentMapper(ZoneId zone) {
    this.monthFormat = DateTimeFormatter.ofPattern("yyyy-MM").withZone(zone);
  }

  /**
   * A report mapped both ways: the Lucene document to write, and the same report as the duplicate finder reads
   * it back from doc values, for the short time before a refreshed searcher shows it.
   */
  public record Mapped(Document document, RecentReport report) {}

  public Document toDocument(ComplaintDocument c) {
    return map(c).document();
  }

  public Mapped map(ComplaintDocument c) {
    String title = VietnameseTextNormalizer.normalize(c.title());
    String text = VietnameseTextNormalizer.normalize(c.text());
    // One analysis of each: its search tokens are replayed into the field, its folded syllables make the features.
    AnalyzedText analyzedTitle = AnalyzedText.of(title);
    AnalyzedText analyzedText = AnalyzedText.of(text);
    ReportFeatures features = ReportFeatures.of(title, analyzedTitle, text, analyzedText);
    Document d = new Document();
    // the id is the update/delete key; ids are read back from binary doc values (unique values: a sorted doc value
    // would hash and sort every one of them at flush for nothing)
    d.add(new StringField(ID, c.id(), Field.Store.NO));
    d.add(new BinaryDocValuesField(ID, new BytesRef(c.id())));
    d.add(new BinaryDocValuesField(CASE_ID, new BytesRef(c.caseId())));
    d.add(analysed(TITLE, title, analyzedTitle));
    d.add(analysed(TEXT, text, analyzedText));
    d.add(new Field(FOLDED, new TermsTokenStream(features.terms()), FOLDED_TYPE));
    for (String topic : ProblemTopics.names(features.topics())) {
      d.add(new StringField(TOPIC, topic, Field.Store.NO));
    }
    d.add(new BinaryDocValuesField(FINGERPRINT, FingerprintCodec.encode(features)));
    optionalKeyword(d, CATEGORY, c.category());
    keyword(d, AREA, c.area() == null ? NO_VALUE : c.area());
    optionalKeyword(d, UNIT, c.unit());
    optionalKeyword(d, STATE, c.state());
    d.add(new SortedDocValuesField(MONTH, new BytesRef(monthFormat.format(c.receivedAt()))));
    if (c.phoneHash() != null) {
      d.add(new StringField(PHONE, c.phoneHash(), Field.Store.NO));
      d.add(new SortedDocValuesField(PHONE, new BytesRef(c.phoneHash())));
    }
    long received = c.receivedAt().toEpochMilli();
    d.add(new LongPoint(RECEIVED, received));
    d.add(new NumericDocValuesField(RECEIVED, received));
    if (c.hasLocation()) {
      d.add(new LatLonPoint(LOCATION, c.lat(), c.lon()));
      d.add(new LatLonDocValuesField(LOCATION, c.lat(), c.lon()));
    }
    if (c.published()) {
      d.add(new StringField(PUBLISHED, "true", Field.Store.NO));
      if (c.publishedAnswer() != null) {
        d.add(new Field(ANSWER, VietnameseTextNormalizer.normalize(c.publishedAnswer()), TEXT_TYPE));
      }
    }
    return new Mapped(d, RecentReport.of(asRead(c, features), features.terms()));
  }

  /** What {@link IndexedReportReader} would read for this report: locations come back at index precision. */
  private static IndexedReport asRead(ComplaintDocument c, ReportFeatures f) {
    Double lat = null;
    Double lon = null;
    if (c.hasLocation()) {
      lat = GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(c.lat()));
      lon = GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(c.lon()));
    }
    return new IndexedReport(-1, 0f, c.id(), c.caseId(), c.receivedAt().toEpochMilli(), c.phoneHash(), c.category(),
        c.area(), c.unit(), lat, lon,
        new FingerprintCodec.Fingerprint(f.words(), f.trigrams(), f.topics(), f.places()));
  }

  /** A stored text field indexed from its tokens analysed already (same terms as the writer's analyzer). */
  private static Field analysed(String name, String value, AnalyzedText analyzed) {
    Field f = new Field(name, value, TEXT_TYPE);
    f.setTokenStream(new TermsTokenStream(analyzed));
    return f;
  }

  private static void optionalKeyword(Document d, String field, String value) {
    if (value != null) {
      keyword(d, field, value);
    }
  }

  /** A filter term and a sorted doc value (facets, re-ranking, hits); not stored, hits read the doc value. */
  private static void keyword(Document d, String field, String value) {
    d.add(new StringField(field, value, Field.Store.NO));
    d.add(new SortedDocValuesField(field, new BytesRef(value)));
  }
}
