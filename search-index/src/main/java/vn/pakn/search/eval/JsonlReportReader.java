package vn.pakn.search.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an evaluation file: one JSON object per line. Unknown members are ignored; {@code title},
 * {@code phone}, {@code lat}, {@code lon}, {@code area}, {@code category}, {@code group} and
 * {@code unit} may be missing. Text and title are passed on as written (NFD, legacy encodings and all:
 * coping with them is the library's job); area, category and unit labels are NFC-normalised.
 * Duplicate ids get a {@code #n} suffix so that no report overwrites another in the index. A line that
 * is not a JSON object, or has no text or no usable {@code receivedAt}, is reported with its line
 * number and skipped. Blank lines are ignored.
 *
 * <p>{@code receivedAt} is read leniently: an ISO-8601 date-time with any offset or zone id, also with
 * a space instead of {@code T}; without an offset it is taken as {@link #DEFAULT_ZONE} time, as is the
 * Vietnamese day-first {@code 27/09/2026 21:05}; a number is epoch seconds (or milliseconds when larger than {@value #EPOCH_MILLIS_ABOVE}).
 */
public final class JsonlReportReader {

  /** Zone of a {@code receivedAt} without offset. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  /** A numeric {@code receivedAt} above this is epoch milliseconds, below it epoch seconds. */
  public static final long EPOCH_MILLIS_ABOVE = 100_000_000_000L;

  private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter();

  /** Vietnamese day-first form, {@code 27/09/2026 21:05[:30]}, read as {@link #DEFAULT_ZONE} time. */
  private static final Pattern VIETNAMESE_DATE = Pattern.compile(
      "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

  /** A line that was skipped, with its 1-based number and the reason. */
  public record LineError(int line, String message) {
    @Override
    public String toString() {
      return "line " + line + ": " + message;
    }
  }

  /** The reports read, in file order, and the lines skipped. */
  public record Result(List<EvalReport> reports, List<LineError> errors) {

    /** The reports sorted by {@code receivedAt}, ties kept in file order. */
    public List<EvalReport> inTimeOrder() {
      List<EvalReport> l = new ArrayList<>(reports);
      l.sort(Comparator.comparing(EvalReport::receivedAt).thenComparingInt(EvalReport::line));
      return l;
    }
  }

  private JsonlReportReader() {
  }

  public static Result read(Path file) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (Reader r = new InputStreamReader(Files.newInputStream(file), decoder)) {
      return read(r);
    } catch (CharacterCodingException e) {
      throw new IOException("cannot decode " + file + " as UTF-8", e);
    }
  }

  public static Result read(Reader reader) throws IOException {
    List<EvalReport> reports = new ArrayList<>();
    List<LineError> errors = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = br.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        EvalReport rep = parseLine(n, line, ids);
        reports.add(rep);
      } catch (IllegalArgumentException | DateTimeException e) {
        errors.add(new LineError(n, e.getMessage()));
      }
    }
    return new Result(List.copyOf(reports), List.copyOf(errors));
  }

  static EvalReport parseLine(int n, String line, Map<String, Integer> ids) {
    Object v = Json.parse(line);
    if (!(v instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String text = str(m, "text");
    String title = str(m, "title");
    if (text == null || text.isBlank()) {
      if (title == null || title.isBlank()) {
        throw new IllegalArgumentException("no \"text\" (and no \"title\")");
      }
      text = title;
    }
    Object at = m.get("receivedAt");
    if (at == null) {
      throw new IllegalArgumentException("no \"receivedAt\"");
    }
    Instant receivedAt = instant(at);
    String id = str(m, "id");
    if (id == null || id.isBlank()) {
      id = "line-" + n;
    }
    int seen = ids.merge(id, 1, Integer::sum);
    if (seen > 1) {
      id = id + "#" + seen;
    }
    Double lat = coordinate(m.get("lat"), 90);
    Double lon = coordinate(m.get("lon"), 180);
    if (lat == null || lon == null) {
      lat = null;
      lon = null;
    }
    return new EvalReport(n, id, text, title, receivedAt, str(m, "phone"), lat, lon,
        nfc(str(m, "area")), nfc(str(m, "category")), label(m.get("group")), nfc(label(m.get("unit"))));
  }

  static Instant instant(Object at) {
    if (at instanceof Number num) {
      long x = num.longValue();
      return x > EPOCH_MILLIS_ABOVE ? Instant.ofEpochMilli(x) : Instant.ofEpochSecond(x);
    }
    String s = at.toString().trim();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty \"receivedAt\"");
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeException ignored) {
      // fall through to the lenient forms
    }
    try {
      return ZonedDateTime.parse(s).toInstant();
    } catch (DateTimeException ignored) {
      // fall through
    }
    Matcher vn = VIETNAMESE_DATE.matcher(s);
    if (vn.matches()) {
      try {
        LocalDateTime l = LocalDateTime.of(Integer.parseInt(vn.group(3)), Integer.parseInt(vn.group(2)),
            Integer.parseInt(vn.group(1)), vn.group(4) == null ? 0 : Integer.parseInt(vn.group(4)),
            vn.group(5) == null ? 0 : Integer.parseInt(vn.group(5)),
            vn.group(6) == null ? 0 : Integer.parseInt(vn.group(6)));
        return l.atZone(DEFAULT_ZONE).toInstant();
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("\"receivedAt\" is not a valid date: '" + s + "'");
      }
    }
    try {
      var t = LENIENT.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      if (t instanceof OffsetDateTime o) {
        return o.toInstant();
      }
      if (t instanceof LocalDateTime l) {
        return l.atZone(DEFAULT_ZONE).toInstant();
      }
      return ((LocalDate) t).atStartOfDay(DEFAULT_ZONE).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("\"receivedAt\" is not an ISO-8601 date-time: '" + s + "'");
    }
  }

  private static String str(Map<?, ?> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof Map || v instanceof List) {
      throw new IllegalArgumentException("\"" + key + "\" must be a string");
    }
    return v.toString();
  }

  private static String label(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Double d && d == Math.rint(d)) {
      return Long.toString(d.longValue());
    }
    String s = v.toString().trim();
    return s.isEmpty() ? null : s;
  }

  private static Double coordinate(Object v, double limit) {
    double d;
    if (v instanceof Number num) {
      d = num.doubleValue();
    } else if (v instanceof String s && !s.isBlank()) {
      try {
        d = Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    } else {
      return null;
    }
    return Double.isFinite(d) && Math.abs(d) <= limit ? d : null;
  }

  private static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
