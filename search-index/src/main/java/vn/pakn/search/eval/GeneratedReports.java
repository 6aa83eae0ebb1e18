package vn.pakn.search.eval;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a {@link GeneratedReport} in the evaluation file format (no phone: only its hash is generated). */
final class GeneratedReports {

  /** Offset of the written {@code receivedAt}. */
  static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  private GeneratedReports() {
  }

  static Map<String, Object> toJson(GeneratedReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("text", r.text());
    putIfPresent(m, "title", r.title());
    m.put("receivedAt", r.receivedAt().atOffset(VIETNAM).toString());
    putIfPresent(m, "lat", r.lat());
    putIfPresent(m, "lon", r.lon());
    putIfPresent(m, "area", r.area());
    putIfPresent(m, "category", r.category());
    m.put("group", r.group());
    m.put("unit", r.unit());
    return m;
  }

  private static void putIfPresent(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
