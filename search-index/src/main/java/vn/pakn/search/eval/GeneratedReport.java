package vn.pakn.search.eval;

import java.time.Instant;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.DuplicateQuery;

/**
 * One synthetic report from {@link ReportGenerator}.
 *
 * @param id         report id, unique per generated stream
 * @param caseId     id of the first report of the same event (what a perfect finder would merge into)
 * @param group      event label: reports with the same group describe the same event
 * @param title      subject or {@code null}
 * @param text       report text (accented, unaccented, NFD, abbreviated or with typos)
 * @param receivedAt non-decreasing within a stream
 * @param phoneHash  SHA-256 of the reporter's phone digits, or {@code null}
 * @param lat        latitude or {@code null}
 * @param lon        longitude or {@code null} (set together with {@code lat})
 * @param area       ward/commune or {@code null}
 * @param category   category or {@code null}
 * @param unit       the responsible unit
 */
public record GeneratedReport(String id, String caseId, String group, String title, String text, Instant receivedAt,
    String phoneHash, Double lat, Double lon, String area, String category, String unit) {

  /** The report as indexed after routing, filed under its true case. */
  public ComplaintDocument toDocument() {
    return new ComplaintDocument(id, caseId, title, text, category, area, unit, "ASSIGNED", receivedAt, phoneHash,
        lat, lon, false, null);
  }

  /** The duplicate check intake would make for this report. */
  public DuplicateQuery toQuery() {
    return new DuplicateQuery(text, title, receivedAt, phoneHash, lat, lon, area, category);
  }
}
