package vn.pakn.search.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.pakn.search.eval.ReportVocabulary.Problem;

/**
 * A seeded, streaming generator of realistic Vietnamese citizens' reports for benchmarks (100,000 and
 * 1,000,000 reports without holding them in memory).
 *
 * <p>Reports come from events (a flooded street, an outage, a karaoke house, a late file...) in a
 * fictional city of {@value #WARDS} wards with about {@value #STREETS_PER_WARD} streets each. Events
 * start as a Poisson process; most have one report, some dozens, spread over a time typical of the
 * problem. Each report picks its own phrasing and its own way to name the place (kiệt/hẻm/ngõ, with or
 * without the street word, the ward's residential group), and some are written without diacritics, in
 * NFD, with abbreviations or typos. Same seed, same stream.
 */
public final class ReportGenerator {

  /** Wards and communes in the generated city. */
  public static final int WARDS = 120;
  /** Streets per ward. */
  public static final int STREETS_PER_WARD = 25;
  /** Time the stream covers, whatever its size. */
  public static final Duration DEFAULT_SPAN = Duration.ofDays(730);
  /** Time of the first report. */
  public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");
  /** Mean reports per event of the size distribution in {@link #eventSize}. */
  static final double MEAN_EVENT_SIZE = 4.0;

  private static final City CITY = new City(1);

  private ReportGenerator() {
  }

  /** {@code count} reports in time order from {@link #DEFAULT_START} over {@link #DEFAULT_SPAN}. */
  public static Stream<GeneratedReport> generate(long seed, int count) {
    return generate(seed, count, DEFAULT_START, DEFAULT_SPAN);
  }

  public static Stream<GeneratedReport> generate(long seed, long count, Instant start, Duration span) {
    Iterator<GeneratedReport> it = iterator(seed, count, start, span);
    return StreamSupport.stream(Spliterators.spliterator(it, count,
        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
  }

  public static Iterator<GeneratedReport> iterator(long seed, long count, Instant start, Duration span) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    if (span.isNegative() || span.isZero()) {
      throw new IllegalArgumentException("span must be positive, got " + span);
    }
    return new Gen(seed, count, start, span);
  }

  /** The fixed geography: wards, streets with a point. */
  private static final class City {
    final String[] wards = new String[WARDS];
    final String[][] streets = new String[WARDS][STREETS_PER_WARD];
    final double[][] lat = new double[WARDS][STREETS_PER_WARD];
    final double[][] lon = new double[WARDS][STREETS_PER_WARD];

    City(long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> parts = ReportVocabulary.WARD_PARTS;
      Set<String> used = new HashSet<>();
      for (int w = 0; w < WARDS; w++) {
        String name;
        do {
          name = parts.get(r.nextInt(parts.size())) + " " + parts.get(r.nextInt(parts.size()));
        } while (!used.add(name) || name.split(" ")[0].equals(name.split(" ")[1]));
        wards[w] = (w % 6 == 5 ? "Xã " : "Phường ") + name;
        double wLat = 15.9 + r.nextDouble() * 0.3;
        double wLon = 108.0 + r.nextDouble() * 0.3;
        for (int s = 0; s < STREETS_PER_WARD; s++) {
          streets[w][s] = ReportVocabulary.STREETS.get(r.nextInt(ReportVocabulary.STREETS.size()));
          lat[w][s] = wLat + (r.nextDouble() - 0.5) * 0.02;
          lon[w][s] = wLon + (r.nextDouble() - 0.5) * 0.02;
        }
      }
    }
  }

  /** One event being reported. */
  private record Event(long number, String caseId, Problem problem, int ward, int street, int alley, int house,
      String code, int size, String[] phones, double hours) {
  }

  private static final class Pending implements Comparable<Pending> {
    final Event event;
    final double at;
    int done;

    Pending(Event event, double at, int done) {
      this.event = event;
      this.at = at;
      this.done = done;
    }

    @Override
    public int compareTo(Pending o) {
      return Double.compare(at, o.at);
    }
  }

  private static final class Gen implements Iterator<GeneratedReport> {
    private final SplittableRandom r;
    private final long count;
    private final Instant start;
    private final double meanEventGapSeconds;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>();
    private double nextEventAt;
    private long produced;
    private long events;
    private double lastAt;
    private final MessageDigest sha256;

    Gen(long seed, long count, Instant start, Duration span) {
      try {
        this.sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
      this.r = new SplittableRandom(seed);
      this.count = count;
      this.start = start;
      this.meanEventGapSeconds = span.getSeconds() * MEAN_EVENT_SIZE / Math.max(1, count);
    }

    @Override
    public boolean hasNext() {
      return produced < count;
    }

    @Override
    public GeneratedReport next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Pending p;
      if (pending.isEmpty() || nextEventAt <= pending.peek().at) {
        p = new Pending(newEvent(), nextEventAt, 0);
        nextEventAt += -Math.log(1 - r.nextDouble()) * meanEventGapSeconds;
      } else {
        p = pending.poll();
      }
      GeneratedReport rep = write(p.event, p.done, Math.max(lastAt, p.at));
      lastAt = Math.max(lastAt, p.at);
      p.done++;
      if (p.done < p.event.size()) {
        double gap = -Math.log(1 - r.nextDouble()) * p.event.hours() * 3600 / p.event.size();
        pending.add(new Pending(p.event, p.at + gap, p.done));
      }
      produced++;
      return rep;
    }

    private Event newEvent() {
      long n = events++;
      Problem problem = ReportVocabulary.PROBLEMS.get(r.nextInt(ReportVocabulary.PROBLEMS.size()));
      int size = eventSize(r);
      String code = "H" + (10 + r.nextInt(60)) + "-" + pad(r.nextInt(1_000_000), 6) + "-" + pad(r.nextInt(10_000), 4);
      return new Event(n, id(produced), problem, r.nextInt(WARDS), r.nextInt(STREETS_PER_WARD),
          r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(150), 1 + r.nextInt(400), code, size, new String[size],
          problem.hours() * (0.3 + r.nextDouble() * 1.4));
    }

    private GeneratedReport write(Event e, int k, double atSeconds) {
      String id = k == 0 ? e.caseId() : id(produced);
      String phone = k > 0 && r.nextInt(8) == 0 ? e.phones()[r.nextInt(k)] : phone();
      e.phones()[k] = phone;
      String ward = CITY.wards[e.ward()];
      String text = fill(pick(e.problem().phrasings()), e, ward);
      if (r.nextInt(6) == 0) {
        text = pick(ReportVocabulary.OPENERS) + lowerFirst(text);
      }
      if (r.nextInt(4) == 0) {
        text = text + "." + pick(ReportVocabulary.CLOSERS);
      }
      if (phone != null && r.nextInt(25) == 0) {
        text = text + " Liên hệ sdt " + phone;
      }
      String title = r.nextInt(4) == 0 ? fill(pick(e.problem().titles()), e, ward) : null;
      int noise = r.nextInt(100);
      if (noise < 15) {
        text = strip(text);
      } else if (noise < 20) {
        text = Normalizer.normalize(text, Normalizer.Form.NFD);
      }
      if (r.nextInt(10) == 0) {
        text = abbreviate(text);
      }
      if (r.nextInt(12) == 0) {
        text = typo(text);
      }
      Double lat = null;
      Double lon = null;
      if (r.nextInt(10) < 4) {
        lat = CITY.lat[e.ward()][e.street()] + (r.nextDouble() - 0.5) * 0.002;
        lon = CITY.lon[e.ward()][e.street()] + (r.nextDouble() - 0.5) * 0.002;
      }
      String unit = e.problem().unit() == null ? "UBND " + ward : e.problem().unit();
      return new GeneratedReport(id, e.caseId(), "E" + e.number(), title, text,
          start.plusMillis((long) (atSeconds * 1000)), phone == null ? null : hash(phone), lat, lon,
          r.nextInt(10) < 7 ? ward : null, r.nextInt(10) < 6 ? e.problem().category() : null, unit);
    }

    private String fill(String template, Event e, String ward) {
      StringBuilder b = new StringBuilder(template.length() + 40);
      for (int i = 0; i < template.length(); i++) {
        char c = template.charAt(i);
        if (c == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
          switch (template.charAt(i + 1)) {
            case 'p' -> b.append(place(e, ward));
            case 'w' -> b.append(ward);
            case 'n' -> b.append(e.house());
            case 'c' -> b.append(e.code());
            case 'h' -> b.append(1 + r.nextInt(9));
            case 't' -> b.append(pick(ReportVocabulary.TIMES));
            default -> b.append(template, i, i + 3);
          }
          i += 2;
        } else {
          b.append(c);
        }
      }
      return b.toString();
    }

    private String place(Event e, String ward) {
      String street = CITY.streets[e.ward()][e.street()];
      int form = r.nextInt(10);
      if (e.alley() > 0 && form < 6) {
        String kind = switch (r.nextInt(4)) {
          case 0 -> "kiệt";
          case 1 -> "hẻm";
          case 2 -> "ngõ";
          default -> "kiệt";
        };
        return kind + " " + e.alley() + " " + street;
      }
      if (form < 8) {
        return street;
      }
      if (form < 9) {
        return "đường " + street + ", " + ward;
      }
      return "tổ " + (1 + e.street()) + " " + ward;
    }

    private String hash(String digits) {
      return HexFormat.of().formatHex(sha256.digest(digits.getBytes(StandardCharsets.US_ASCII)));
    }

    private String phone() {
      if (r.nextInt(10) == 0) {
        return null;
      }
      String[] prefixes = {"090", "091", "093", "097", "098", "032", "035", "038", "070", "077", "083", "086"};
      return prefixes[r.nextInt(prefixes.length)] + pad(r.nextInt(10_000_000), 7);
    }

    private String abbreviate(String s) {
      for (String[] a : ReportVocabulary.ABBREVIATIONS) {
        if (r.nextBoolean()) {
          s = s.replace(a[0], a[1]);
        }
      }
      return s;
    }

    private String typo(String s) {
      if (s.length() < 8) {
        return s;
      }
      int i = 1 + r.nextInt(s.length() - 3);
      if (!Character.isLetter(s.charAt(i)) || !Character.isLetter(s.charAt(i + 1))) {
        return s;
      }
      return switch (r.nextInt(3)) {
        case 0 -> s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
        case 1 -> s.substring(0, i) + s.substring(i + 1);
        default -> s.substring(0, i) + s.charAt(i) + s.substring(i);
      };
    }

    private <T> T pick(List<T> l) {
      return l.get(r.nextInt(l.size()));
    }
  }

  /** Reports per event: mostly one, a long tail up to 80. */
  static int eventSize(SplittableRandom r) {
    int x = r.nextInt(100);
    if (x < 55) {
      return 1;
    }
    if (x < 75) {
      return 2;
    }
    if (x < 85) {
      return 3 + r.nextInt(2);
    }
    if (x < 93) {
      return 5 + r.nextInt(6);
    }
    if (x < 98) {
      return 11 + r.nextInt(20);
    }
    return 31 + r.nextInt(50);
  }

  private static String id(long n) {
    return "G" + pad(n, 9);
  }

  private static String pad(long n, int width) {
    String s = Long.toString(n);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  static String strip(String s) {
    String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
