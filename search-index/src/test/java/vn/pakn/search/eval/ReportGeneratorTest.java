package vn.pakn.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportGeneratorTest {

  @Test
  void sameSeedGivesTheSameStreamAndAnotherSeedAnotherOne() {
    List<GeneratedReport> a = ReportGenerator.generate(42, 2000).toList();
    List<GeneratedReport> b = ReportGenerator.generate(42, 2000).toList();
    List<GeneratedReport> c = ReportGenerator.generate(43, 2000).toList();

    assertThat(a).isEqualTo(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void streamsExactlyCountReportsInTimeOrderWithUniqueIdsAndTrueCases() {
    Set<String> ids = new HashSet<>();
    Map<String, String> firstOfGroup = new HashMap<>();
    Instant[] last = {Instant.MIN};
    long n = ReportGenerator.generate(7, 20_000).peek(r -> {
      assertThat(ids.add(r.id())).as("unique id %s", r.id()).isTrue();
      assertThat(r.receivedAt()).isAfterOrEqualTo(last[0]);
      last[0] = r.receivedAt();
      firstOfGroup.putIfAbsent(r.group(), r.id());
      assertThat(r.caseId()).isEqualTo(firstOfGroup.get(r.group()));
      assertThat((r.lat() == null) == (r.lon() == null)).isTrue();
      assertThat(r.unit()).isNotBlank();
      assertThat(r.toDocument().caseId()).isEqualTo(r.caseId());
      assertThat(r.toQuery().text()).isEqualTo(r.text());
    }).count();

    assertThat(n).isEqualTo(20_000);
  }

  @Test
  void writesVariedRealisticText() {
    List<GeneratedReport> l = ReportGenerator.generate(1, 20_000).toList();
    Map<String, Integer> groupSizes = new HashMap<>();
    l.forEach(r -> groupSizes.merge(r.group(), 1, Integer::sum));

    assertThat(l.stream().map(GeneratedReport::text).distinct().count()).isGreaterThan(10_000);
    assertThat(l.stream().filter(r -> r.text().chars().allMatch(ch -> ch < 128)).count()).isGreaterThan(1000);
    assertThat(l.stream().filter(r -> !Normalizer.isNormalized(r.text(), Normalizer.Form.NFC)).count())
        .isGreaterThan(300);
    assertThat(l.stream().filter(r -> r.title() != null).count()).isGreaterThan(2000);
    assertThat(l.stream().filter(r -> r.phoneHash() == null).count()).isBetween(500L, 5000L);
    assertThat(l.stream().map(GeneratedReport::category).distinct().count()).isGreaterThan(12);
    assertThat(l.stream().map(GeneratedReport::unit).distinct().count()).isGreaterThan(50);
    assertThat(groupSizes.values().stream().filter(s -> s == 1).count()).isGreaterThan(2000);
    assertThat(groupSizes.values().stream().filter(s -> s > 30).count()).isPositive();
    assertThat(l.get(l.size() - 1).receivedAt()).isBetween(Instant.parse("2026-06-01T00:00:00Z"),
        Instant.parse("2027-03-01T00:00:00Z"));
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> ReportGenerator.generate(1, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
    assertThat(ReportGenerator.generate(1, 0).count()).isZero();
  }
}
