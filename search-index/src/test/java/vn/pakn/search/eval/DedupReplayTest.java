package vn.pakn.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.search.eval.DedupSystem.Suggestion;

class DedupReplayTest {

  /** Answers from a script and records where each report was filed. */
  private static final class ScriptedSystem implements DedupSystem {
    final Map<String, List<Suggestion>> answers = new LinkedHashMap<>();
    final Map<String, String> filed = new LinkedHashMap<>();
    final List<String> askedBeforeFiled = new ArrayList<>();

    @Override
    public String name() {
      return "script";
    }

    @Override
    public List<Suggestion> find(EvalReport r, int max) {
      if (r.id().startsWith("boom")) {
        throw new IllegalStateException("cannot read " + r.id());
      }
      if (!filed.containsKey(r.id())) {
        askedBeforeFiled.add(r.id());
      }
      return answers.getOrDefault(r.id(), List.of());
    }

    @Override
    public void add(EvalReport r, String caseId) {
      if (r.id().equals("boom-twice")) {
        throw new IllegalStateException("cannot write " + r.id());
      }
      filed.put(r.id(), caseId);
    }

    @Override
    public void close() {
    }
  }

  private static EvalReport report(String id, String group, int minute) {
    return new EvalReport(minute, id, "text " + id, null, Instant.parse("2026-09-27T14:00:00Z").plusSeconds(60L * minute),
        null, null, null, null, null, group, null);
  }

  @Test
  void mergesLikelyAnswersIntoTheirCaseAndScoresAgainstTheCaseGroup() throws Exception {
    ScriptedSystem s = new ScriptedSystem();
    s.answers.put("r2", List.of(new Suggestion("r1", 0.9, true)));
    s.answers.put("r3", List.of(new Suggestion("r1", 0.6, true)));
    s.answers.put("r4", List.of(new Suggestion("r1", 0.8, false), new Suggestion("ghost", 0.5, true)));
    List<EvalReport> run = List.of(report("r1", "A", 0), report("r2", "A", 1), report("r3", "B", 2),
        report("r4", "A", 3));

    DedupMetrics m = DedupReplay.run(run, s, n -> { });

    assertThat(s.askedBeforeFiled).containsExactly("r1", "r2", "r3", "r4");
    assertThat(s.filed).containsExactly(Map.entry("r1", "r1"), Map.entry("r2", "r1"), Map.entry("r3", "r1"),
        Map.entry("r4", "r4"));
    assertThat(m.positives()).isEqualTo(2);
    assertThat(m.recallAt1()).isEqualTo(1.0);
    assertThat(m.truePositives()).isEqualTo(1);
    assertThat(m.falsePositives()).isEqualTo(2);
    assertThat(m.likelyPrecision()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.likelyRecall()).isEqualTo(0.5);
    assertThat(m.likelyF1()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void aPerfectSystemScoresOne() throws Exception {
    ScriptedSystem s = new ScriptedSystem();
    s.answers.put("b", List.of(new Suggestion("a", 0.9, true)));
    s.answers.put("c", List.of(new Suggestion("a", 0.9, true)));
    List<EvalReport> run = List.of(report("a", "G", 0), report("x", "H", 1), report("b", "G", 2), report("c", "G", 3));

    DedupMetrics m = DedupReplay.run(run, s, n -> { });

    assertThat(m.recallAt1()).isEqualTo(1.0);
    assertThat(m.recallAtK()).isEqualTo(1.0);
    assertThat(m.likelyF1()).isEqualTo(1.0);
  }

  @Test
  void aFailingReportIsCountedAndTheReplayGoesOn() throws Exception {
    ScriptedSystem s = new ScriptedSystem();
    s.answers.put("b", List.of(new Suggestion("a", 0.9, true)));
    List<String> warnings = new ArrayList<>();
    List<EvalReport> run = List.of(report("a", "G", 0), report("boom", "G", 1), report("boom-twice", "H", 2),
        report("b", "G", 3));

    DedupMetrics m = DedupReplay.run(run, s, n -> { }, warnings::add);

    assertThat(m.failures()).isEqualTo(3);
    assertThat(warnings).hasSize(3).first().asString().contains("report boom (line 1)").contains("cannot read boom");
    assertThat(m.queries()).isEqualTo(4);
    assertThat(m.positives()).isEqualTo(2);
    assertThat(m.truePositives()).isEqualTo(1);
    assertThat(s.filed).containsOnlyKeys("a", "boom", "b");
  }
}
