package vn.pakn.search.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Command line of the evaluation jar ({@code java -jar pakn-search-eval.jar}):
 *
 * <pre>
 * eval FILE.jsonl [--baseline]   duplicate finder quality (and the pg_trgm baseline)
 * route-eval FILE.jsonl          routing suggestion accuracy
 * generate COUNT [SEED]          COUNT synthetic reports as JSONL on stdout ({@link ReportGenerator})
 * </pre>
 *
 * Diagnostics and progress go to stderr; a short human summary and, as the last line of stdout, one
 * JSON object with the metrics. Exit status: 0 done, 1 unreadable or empty input, 2 bad usage.
 */
public final class EvalMain {

  /** At most this many skipped lines are listed one by one on stderr. */
  static final int MAX_LISTED_ERRORS = 20;

  private final PrintStream out;
  private final PrintStream err;

  EvalMain(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR"); // no "no SLF4J providers" noise from zonky
    }
    int status = new EvalMain(System.out, System.err).run(args);
    System.out.flush();
    System.exit(status);
  }

  int run(String... args) {
    List<String> positional = new ArrayList<>();
    boolean baseline = false;
    for (String a : args) {
      switch (a) {
        case "--baseline" -> baseline = true;
        case "--no-baseline" -> baseline = false;
        case "-h", "--help" -> {
          usage(out);
          return 0;
        }
        default -> {
          if (a.startsWith("--")) {
            err.println("unknown option " + a);
            usage(err);
            return 2;
          }
          positional.add(a);
        }
      }
    }
    if (positional.size() >= 2 && positional.get(0).equals("generate")) {
      return generate(positional.subList(1, positional.size()));
    }
    if (positional.size() != 2 || !List.of("eval", "route-eval").contains(positional.get(0))) {
      usage(err);
      return 2;
    }
    Path file = Path.of(positional.get(1));
    if (!Files.isReadable(file)) {
      err.println("cannot read " + file);
      return 1;
    }
    try {
      return positional.get(0).equals("eval") ? eval(file, baseline) : routeEval(file);
    } catch (IOException | RuntimeException e) {
      err.println(positional.get(0) + " failed: " + e);
      e.printStackTrace(err);
      return 1;
    }
  }

  private static void usage(PrintStream s) {
    s.println("usage: java -jar pakn-search-eval.jar eval FILE.jsonl [--baseline]");
    s.println("       java -jar pakn-search-eval.jar route-eval FILE.jsonl");
    s.println("       java -jar pakn-search-eval.jar generate COUNT [SEED] > FILE.jsonl");
    s.println("One report per line: {\"id\",\"text\",\"title\"?,\"receivedAt\",\"phone\"?,\"lat\"?,\"lon\"?,"
        + "\"area\"?,\"category\"?,\"group\",\"unit\"}. --baseline also replays PostgreSQL pg_trgm.");
  }

  int eval(Path file, boolean baseline) throws IOException {
    List<EvalReport> reports = load(file, "group", EvalReport::group);
    if (reports.isEmpty()) {
      err.println("no usable report with a \"group\" in " + file);
      return 1;
    }
    long groups = reports.stream().map(EvalReport::group).distinct().count();
    err.printf(Locale.ROOT, "eval: %d reports, %d groups%n", reports.size(), groups);
    DedupMetrics ours;
    Map<String, DedupMetrics> slices = new TreeMap<>();
    long t0 = System.nanoTime();
    try (LuceneDedupSystem lucene = LuceneDedupSystem.openTemporary()) {
      ours = DedupReplay.run(reports, lucene, progress("lucene", reports.size()), err::println, slices);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("command", "eval");
    json.put("file", file.getFileName().toString());
    json.put("reports", reports.size());
    json.put("groups", groups);
    json.putAll(ours.toMap());
    json.put("seconds", seconds);
    json.put("slices", sliceMaps(slices));
    summary("ours (Lucene DuplicateFinder)", ours);
    slices.forEach((k, v) -> out.printf(Locale.ROOT,
        "  %s: %d reports, %d with an earlier duplicate, recall@5 %.4f, LIKELY recall %.4f, %d wrong LIKELY%n", k,
        v.queries(), v.positives(), v.recallAtK(), v.likelyRecall(), v.falsePositives()));
    if (baseline) {
      json.put("baseline_pg_trgm", pgTrgm(reports));
    }
    out.println(Json.write(json));
    return 0;
  }

  private Map<String, Object> pgTrgm(List<EvalReport> reports) {
    long t0 = System.nanoTime();
    try (PgServer server = PgServer.start(); Connection db = server.connect();
        PgTrgmDedupSystem pg = new PgTrgmDedupSystem(db)) {
      Map<String, DedupMetrics> slices = new TreeMap<>();
      DedupMetrics m = DedupReplay.run(reports, pg, progress("pg_trgm", reports.size()), err::println, slices);
      summary("baseline (PostgreSQL pg_trgm" + (pg.usesUnaccent() ? " + unaccent" : "") + ")", m);
      Map<String, Object> r = new LinkedHashMap<>(m.toMap());
      r.put("unaccent", pg.usesUnaccent());
      r.put("window_days", PgTrgmDedupSystem.DEFAULT_WINDOW.toDays());
      r.put("candidate_threshold", PgTrgmDedupSystem.DEFAULT_CANDIDATE_THRESHOLD);
      r.put("likely_threshold", PgTrgmDedupSystem.DEFAULT_LIKELY_THRESHOLD);
      double[] best = m.bestThreshold();
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("likely_threshold", best[0]);
      h.put("likely_precision", best[1]);
      h.put("likely_recall", best[2]);
      h.put("likely_f1", best[3]);
      r.put("hindsight_best_threshold", h);
      r.put("slices", sliceMaps(slices));
      r.put("seconds", (System.nanoTime() - t0) / 1e9);
      return r;
    } catch (IOException | SQLException | RuntimeException | LinkageError e) {
      err.println("pg_trgm baseline unavailable: " + e);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("error", e.toString());
      return r;
    }
  }

  private static Map<String, Object> sliceMaps(Map<String, DedupMetrics> slices) {
    Map<String, Object> m = new LinkedHashMap<>();
    slices.forEach((k, v) -> m.put(k, v.toSliceMap()));
    return m;
  }

  int routeEval(Path file) throws IOException {
    List<EvalReport> reports = load(file, "unit", EvalReport::unit);
    if (reports.size() < 2) {
      err.println("route-eval needs at least 2 reports with a \"unit\" in " + file);
      return 1;
    }
    long t0 = System.nanoTime();
    RouteReplay.Result r = RouteReplay.run(reports);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("command", "route-eval");
    json.put("file", file.getFileName().toString());
    json.put("reports", reports.size());
    json.put("train", r.train());
    json.put("units", reports.stream().map(EvalReport::unit).distinct().count());
    json.putAll(r.suggester().toMap());
    json.put("seconds", (System.nanoTime() - t0) / 1e9);
    json.put("baseline_majority_unit", r.majority().toMap());
    out.printf(Locale.ROOT, "ours: accuracy@1 %.4f  accuracy@3 %.4f  (train %d, test %d)%n",
        r.suggester().accuracyAt1(), r.suggester().accuracyAt3(), r.train(), reports.size() - r.train());
    out.printf(Locale.ROOT, "majority-unit baseline: accuracy@1 %.4f  accuracy@3 %.4f%n",
        r.majority().accuracyAt1(), r.majority().accuracyAt3());
    out.println(Json.write(json));
    return 0;
  }

  int generate(List<String> args) {
    long count;
    long seed;
    try {
      count = Long.parseLong(args.get(0));
      seed = args.size() > 1 ? Long.parseLong(args.get(1)) : 1;
    } catch (NumberFormatException e) {
      err.println("generate needs a COUNT and an optional SEED, both numbers: " + args);
      return 2;
    }
    if (count < 0 || args.size() > 2) {
      usage(err);
      return 2;
    }
    ReportGenerator.generate(seed, count, ReportGenerator.DEFAULT_START, ReportGenerator.DEFAULT_SPAN)
        .forEach(r -> out.println(Json.write(GeneratedReports.toJson(r))));
    return 0;
  }

  /** Reads, reports skipped lines, drops reports without the label, returns them in time order. */
  private List<EvalReport> load(Path file, String label, Function<EvalReport, String> get)
      throws IOException {
    JsonlReportReader.Result read = JsonlReportReader.read(file);
    List<JsonlReportReader.LineError> errors = new ArrayList<>(read.errors());
    List<EvalReport> kept = new ArrayList<>();
    for (EvalReport r : read.inTimeOrder()) {
      if (get.apply(r) == null) {
        errors.add(new JsonlReportReader.LineError(r.line(), "no \"" + label + "\""));
      } else {
        kept.add(r);
      }
    }
    errors.sort(Comparator.comparingInt(JsonlReportReader.LineError::line));
    for (int i = 0; i < errors.size() && i < MAX_LISTED_ERRORS; i++) {
      err.println("skipped " + errors.get(i));
    }
    if (errors.size() > MAX_LISTED_ERRORS) {
      err.println("skipped " + (errors.size() - MAX_LISTED_ERRORS) + " more lines");
    }
    if (!errors.isEmpty()) {
      err.printf(Locale.ROOT, "%d of %d lines skipped%n", errors.size(), kept.size() + errors.size());
    }
    return kept;
  }

  private void summary(String who, DedupMetrics m) {
    out.printf(Locale.ROOT, "%s: recall@1 %.4f  recall@5 %.4f  LIKELY P %.4f R %.4f F1 %.4f"
        + "  (%d queries, %d with an earlier duplicate; p50 %.2f ms, p99 %.2f ms)%n", who, m.recallAt1(),
        m.recallAtK(), m.likelyPrecision(), m.likelyRecall(), m.likelyF1(), m.queries(), m.positives(),
        m.latencyMillis(50), m.latencyMillis(99));
  }

  private LongConsumer progress(String who, long total) {
    long step = Math.max(1000, total / 10);
    return done -> {
      if (done % step == 0 && done < total) {
        err.printf(Locale.ROOT, "%s: %d/%d%n", who, done, total);
      }
    };
  }
}
