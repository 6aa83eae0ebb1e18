package vn.pakn.search;

import java.time.Instant;
import java.util.Objects;

/**
 * A new report to check against earlier ones. Only {@code text} and {@code receivedAt} are required;
 * every other field sharpens the answer when present.
 */
public record DuplicateQuery(String text, String title, Instant receivedAt, String phoneHash,
    Double lat, Double lon, String area, String category) {

  public DuplicateQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon must both be set or both be null, got lat=" + lat + " lon=" + lon);
    }
  }

  /** A query with text and time only. */
  public static DuplicateQuery of(String text, Instant receivedAt) {
    return new DuplicateQuery(text, null, receivedAt, null, null, null, null, null);
  }

  /** The query a stored report would make, e.g. to re-check it after an edit. */
  public static DuplicateQuery of(ComplaintDocument doc) {
    return new DuplicateQuery(doc.text(), doc.title(), doc.receivedAt(), doc.phoneHash(), doc.lat(), doc.lon(),
        doc.area(), doc.category());
  }

  /** Whether the query carries a location point. */
  public boolean hasLocation() {
    return lat != null;
  }
}
