package vn.pakn.search;

import java.time.Instant;
import java.util.Objects;

/**
 * One report as the index sees it. Several reports share a {@code caseId} when they were merged as
 * duplicates; the duplicate finder answers with cases, not reports.
 *
 * @param id report id, unique in the index
 * @param caseId the case the report belongs to (the report id itself while it opens its own case)
 * @param title short subject, may be null
 * @param text the citizen's words, as received (normalised by the index, never by the caller)
 * @param category category code, may be null
 * @param area area (administrative unit) code of the place, may be null
 * @param unit lead unit code once routed, may be null; routing suggestions learn from it
 * @param state case state name (e.g. {@code ASSIGNED}), may be null
 * @param receivedAt when the report was received
 * @param phoneHash hash of the reporter's normalised phone number, may be null; never the number
 * @param lat latitude in degrees, may be null
 * @param lon longitude in degrees, may be null
 * @param published whether the case's answer is published
 * @param publishedAnswer the published answer text (personal data removed), may be null
 */
public record ComplaintDocument(String id, String caseId, String title, String text,
    String category, String area, String unit, String state, Instant receivedAt,
    String phoneHash, Double lat, Double lon, boolean published, String publishedAnswer) {

  public ComplaintDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (caseId == null) {
      caseId = id;
    }
    if (text == null) {
      text = "";
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon must both be set or both be null, got lat=" + lat + " lon=" + lon);
    }
  }

  /** Whether the report carries a location point. */
  public boolean hasLocation() {
    return lat != null;
  }
}
