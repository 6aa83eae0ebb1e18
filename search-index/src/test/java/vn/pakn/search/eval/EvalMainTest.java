package vn.pakn.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final EvalMain main = new EvalMain(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  private static Path slice() throws URISyntaxException {
    return Path.of(EvalMainTest.class.getResource("/eval/slice.jsonl").toURI());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> lastJsonLine() {
    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    return (Map<String, Object>) Json.parse(lines[lines.length - 1]);
  }

  @Test
  void evalRunsTheWholeReplayOnASliceAndPrintsOneJsonLineLast() throws Exception {
    int status = main.run("eval", slice().toString());

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    Map<String, Object> json = lastJsonLine();
    assertThat(json).containsEntry("command", "eval").containsEntry("reports", 50L)
        .containsKeys("recall@1", "recall@5", "likely_precision", "likely_recall", "likely_f1")
        .containsKey("slices").doesNotContainKey("baseline_pg_trgm");
    for (String k : new String[] {"recall@1", "recall@5", "likely_precision", "likely_recall", "likely_f1"}) {
      assertThat(((Number) json.get(k)).doubleValue()).as(k).isBetween(0.0, 1.0);
    }
    assertThat(((Number) json.get("positives")).longValue()).isPositive();
  }

  @Test
  void routeEvalTrainsOnTheFirstEightyPercent() throws Exception {
    int status = main.run("route-eval", slice().toString());

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    Map<String, Object> json = lastJsonLine();
    assertThat(json).containsEntry("command", "route-eval").containsEntry("train", 40L)
        .containsKeys("accuracy@1", "accuracy@3", "baseline_majority_unit");
    assertThat(((Number) json.get("accuracy@3")).doubleValue())
        .isGreaterThanOrEqualTo(((Number) json.get("accuracy@1")).doubleValue());
  }

  @Test
  void skipsBadLinesWithTheirNumbersAndStillAnswers(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("odd.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"1\",\"text\":\"Mất điện ở ngõ 12 Lê Lợi\",\"receivedAt\":\"2026-10-05T19:12:00+07:00\","
            + "\"group\":\"p\",\"whatever\":[1,{}]}",
        "{\"id\":\"2\",\"text\":\"mat dien o ngo 12 le loi\",\"receivedAt\":\"2026-10-05T12:20:00Z\",\"group\":\"p\","
            + "\"phone\":\"+84 905 000 111\",\"lat\":16.07,\"lon\":108.22}",
        "{broken",
        "{\"id\":\"4\",\"text\":\"Rác ở đầu ngõ 12 Lê Lợi chưa thu gom\",\"receivedAt\":\"2026-10-07 07:30\"}",
        "{\"id\":\"5\",\"text\":\"Rác ở đầu ngõ 12 Lê Lợi chưa thu gom\",\"receivedAt\":\"2026-10-07 07:30\","
            + "\"group\":\"r\"}",
        ""), StandardCharsets.UTF_8);

    int status = main.run("eval", f.toString());

    assertThat(status).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("skipped line 3: ").contains("skipped line 4: no \"group\"");
    assertThat(lastJsonLine()).containsEntry("reports", 3L).containsEntry("positives", 1L);
  }

  @Test
  void refusesBadUsageAndUnreadableOrEmptyFiles(@TempDir Path dir) throws Exception {
    assertThat(main.run()).isEqualTo(2);
    assertThat(main.run("evaluate", "x.jsonl")).isEqualTo(2);
    assertThat(main.run("eval", "x.jsonl", "--fast")).isEqualTo(2);
    assertThat(main.run("eval", dir.resolve("missing.jsonl").toString())).isEqualTo(1);
    Path junk = Files.writeString(dir.resolve("junk.jsonl"), "hello\nworld\n");
    assertThat(main.run("eval", junk.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:").contains("no usable report");
  }

  @Test
  void generatesReadableJsonl(@TempDir Path dir) throws Exception {
    assertThat(main.run("generate", "300", "9")).isZero();
    Path f = Files.writeString(dir.resolve("gen.jsonl"), out.toString(StandardCharsets.UTF_8));

    JsonlReportReader.Result read = JsonlReportReader.read(f);

    assertThat(read.errors()).isEmpty();
    assertThat(read.reports()).hasSize(300).allSatisfy(r -> {
      assertThat(r.group()).isNotBlank();
      assertThat(r.unit()).isNotBlank();
    });
    assertThat(read.reports().get(0).receivedAt()).isEqualTo(ReportGenerator.DEFAULT_START);
    assertThat(main.run("generate", "many")).isEqualTo(2);
  }
}
