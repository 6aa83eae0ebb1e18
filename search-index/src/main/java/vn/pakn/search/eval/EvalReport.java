package vn.pakn.search.eval;

import java.time.Instant;
import java.util.Objects;

/**
 * One labelled report of an evaluation file, as read by {@link JsonlReportReader}.
 *
 * @param line       1-based line number in the file, for messages and as a stable tie-breaker
 * @param id         report id, unique within the read file
 * @param text       report text as written (never blank: falls back to the title)
 * @param title      optional subject as written
 * @param receivedAt when the report arrived
 * @param phone      optional phone as written in the file
 * @param lat        optional latitude
 * @param lon        optional longitude
 * @param area       optional area (ward/commune)
 * @param category   optional category
 * @param group      duplicate label, or {@code null} when the file has none
 * @param unit       responsible unit label, or {@code null} when the file has none
 */
public record EvalReport(int line, String id, String text, String title, Instant receivedAt, String phone,
    Double lat, Double lon, String area, String category, String group, String unit) {

  public EvalReport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** SHA-256 of the phone's normalised digits, or {@code null} when there is no usable phone. */
  public String phoneHash() {
    return PhoneHash.of(phone);
  }
}
