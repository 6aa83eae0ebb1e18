package vn.pakn.search.index;

/** Names of the Lucene fields of a report, shared by the writer and every reader. */
public final class IndexFields {
  /**
   * Report id: indexed term (update/delete key) and binary doc value. Only the texts ({@link #TITLE},
   * {@link #TEXT}, {@link #ANSWER}) are stored; everything else is read from doc values.
   */
  public static final String ID = "id";
  /** Case id: binary doc value. */
  public static final String CASE_ID = "case_id";
  /** Title and text, analysed for search (accented and folded syllables stacked), stored for snippets. */
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  /** Published answer, analysed like {@link #TEXT}; only present on published reports. */
  public static final String ANSWER = "answer";
  /** Folded syllables and bigrams of title + text: what duplicate and routing retrieval match on. */
  public static final String FOLDED = "folded";
  /** Problem topic names, one term each. */
  public static final String TOPIC = "topic";
  /** Keyword fields: term plus sorted doc value (facets, re-ranking, search hits). */
  public static final String CATEGORY = "category";
  public static final String AREA = "area";
  public static final String UNIT = "unit";
  public static final String STATE = "state";
  /** Reception month "yyyy-MM" in the display zone: the period facet. */
  public static final String MONTH = "month";
  /** Phone hash: term and sorted doc value; never stored, never returned. */
  public static final String PHONE = "phone";
  /** Received time, epoch milliseconds: point and numeric doc value (the index sort). */
  public static final String RECEIVED = "received";
  /** Location: lat/lon point and doc value. */
  public static final String LOCATION = "location";
  /** Binary doc value with the {@link vn.pakn.search.duplicate.FingerprintCodec fingerprint}. */
  public static final String FINGERPRINT = "fingerprint";
  /** "true" on reports whose case answer is published. */
  public static final String PUBLISHED = "published";
  /** Term indexed in {@link #AREA} when the report has no area, so "this area or unknown" is one query. */
  public static final String NO_VALUE = "\u0000";
  /** Commit user-data key for the last change sequence indexed. */
  public static final String LAST_CHANGE = "pakn.lastChange";
  /** Commit user-data key for the version of the field layout the index was written with. */
  public static final String FORMAT = "pakn.indexFormat";

  private IndexFields() {}
}
