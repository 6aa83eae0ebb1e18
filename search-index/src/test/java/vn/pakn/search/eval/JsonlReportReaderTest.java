package vn.pakn.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlReportReaderTest {

  private static JsonlReportReader.Result read(String... lines) throws IOException {
    return JsonlReportReader.read(new StringReader(String.join("\n", lines)));
  }

  @Test
  void readsAllFieldsAndIgnoresUnknownOnes() throws IOException {
    JsonlReportReader.Result r = read("{\"id\":\"A1\",\"text\":\"Mất điện ở ngõ 12\",\"title\":\"Mất điện\","
        + "\"receivedAt\":\"2026-09-27T21:00:00+07:00\",\"phone\":\"0905 123 456\",\"lat\":16.07,\"lon\":108.22,"
        + "\"area\":\"Phường Long Giang\",\"category\":\"Điện\",\"group\":\"g1\",\"unit\":\"Điện lực\","
        + "\"channel\":\"hotline\",\"extra\":{\"nested\":[1,2,{\"x\":null}]},\"flag\":true}");

    assertThat(r.errors()).isEmpty();
    EvalReport a = r.reports().get(0);
    assertThat(a.id()).isEqualTo("A1");
    assertThat(a.text()).isEqualTo("Mất điện ở ngõ 12");
    assertThat(a.title()).isEqualTo("Mất điện");
    assertThat(a.receivedAt()).isEqualTo(Instant.parse("2026-09-27T14:00:00Z"));
    assertThat(a.lat()).isEqualTo(16.07);
    assertThat(a.lon()).isEqualTo(108.22);
    assertThat(a.area()).isEqualTo("Phường Long Giang");
    assertThat(a.category()).isEqualTo("Điện");
    assertThat(a.group()).isEqualTo("g1");
    assertThat(a.unit()).isEqualTo("Điện lực");
    assertThat(a.phoneHash()).isEqualTo(PhoneHash.of("+84905123456")).hasSize(64);
  }

  @Test
  void toleratesMissingOptionalFields() throws IOException {
    EvalReport a = read("{\"id\":\"x\",\"text\":\"mat dien o ngo 12\",\"receivedAt\":\"2026-09-27T21:00:00+07:00\","
        + "\"group\":7}").reports().get(0);

    assertThat(a.title()).isNull();
    assertThat(a.phone()).isNull();
    assertThat(a.phoneHash()).isNull();
    assertThat(a.lat()).isNull();
    assertThat(a.area()).isNull();
    assertThat(a.category()).isNull();
    assertThat(a.unit()).isNull();
    assertThat(a.group()).isEqualTo("7");
  }

  @Test
  void reportsBadLinesWithTheirNumbersAndKeepsTheRest() throws IOException {
    JsonlReportReader.Result r = read(
        "{\"id\":\"1\",\"text\":\"a\",\"receivedAt\":\"2026-01-01T00:00:00Z\",\"group\":\"g\"}",
        "not json",
        "",
        "{\"id\":\"3\",\"receivedAt\":\"2026-01-01T00:00:00Z\",\"group\":\"g\"}",
        "{\"id\":\"4\",\"text\":\"b\",\"group\":\"g\"}",
        "{\"id\":\"5\",\"text\":\"c\",\"receivedAt\":\"hôm qua\",\"group\":\"g\"}",
        "[1,2]",
        "{\"id\":\"7\",\"text\":\"d\",\"receivedAt\":\"2026-01-01T00:00:00Z\",\"group\":\"g\"",
        "{\"id\":\"8\",\"text\":\"e\",\"receivedAt\":\"2026-01-02T00:00:00Z\",\"group\":\"g\"}");

    assertThat(r.reports()).extracting(EvalReport::id).containsExactly("1", "8");
    assertThat(r.errors()).extracting(JsonlReportReader.LineError::line).containsExactly(2, 4, 5, 6, 7, 8);
    assertThat(r.errors().get(1).message()).contains("text");
    assertThat(r.errors().get(2).message()).contains("receivedAt");
    assertThat(r.errors().get(3).toString()).startsWith("line 6: ").contains("hôm qua");
  }

  @Test
  void readsOddButUsableTimes() {
    assertThat(JsonlReportReader.instant("2026-09-27T21:00:00+07:00")).isEqualTo(Instant.parse("2026-09-27T14:00:00Z"));
    assertThat(JsonlReportReader.instant("2026-09-27T14:00:00Z")).isEqualTo(Instant.parse("2026-09-27T14:00:00Z"));
    assertThat(JsonlReportReader.instant("2026-09-27T21:00:00.123+0700"))
        .isEqualTo(Instant.parse("2026-09-27T14:00:00.123Z"));
    assertThat(JsonlReportReader.instant("2026-09-27 21:00:00+07"))
        .isEqualTo(Instant.parse("2026-09-27T14:00:00Z"));
    assertThat(JsonlReportReader.instant("2026-09-27T21:00:00+07:00[Asia/Ho_Chi_Minh]"))
        .isEqualTo(Instant.parse("2026-09-27T14:00:00Z"));
    assertThat(JsonlReportReader.instant("2026-09-27T21:00")).as("no offset: Vietnam time")
        .isEqualTo(Instant.parse("2026-09-27T14:00:00Z"));
    assertThat(JsonlReportReader.instant("2026-09-27T09:00:00-05:00")).isEqualTo(Instant.parse("2026-09-27T14:00:00Z"));
    assertThat(JsonlReportReader.instant("27/09/2026 21:00")).isEqualTo(Instant.parse("2026-09-27T14:00:00Z"));
    assertThat(JsonlReportReader.instant("7/9/2026")).isEqualTo(Instant.parse("2026-09-06T17:00:00Z"));
    assertThatThrownBy(() -> JsonlReportReader.instant("31/02/2026")).hasMessageContaining("31/02/2026");
    assertThat(JsonlReportReader.instant(1790517600L)).isEqualTo(Instant.ofEpochSecond(1790517600L));
    assertThat(JsonlReportReader.instant(1790517600123L)).isEqualTo(Instant.ofEpochMilli(1790517600123L));
  }

  @Test
  void keepsTextAsWrittenButNormalisesLabels() throws IOException {
    String nfdText = "ma\u0302\u0301t đie\u0323\u0302n";
    EvalReport a = read("{\"id\":\"1\",\"text\":\"" + nfdText + "\",\"receivedAt\":\"2026-01-01T00:00:00Z\","
        + "\"unit\":\"Đie\u0323\u0302n lực\",\"group\":\"g\"}").reports().get(0);

    assertThat(a.text()).isEqualTo(nfdText);
    assertThat(a.unit()).isEqualTo("Điện lực");
  }

  @Test
  void makesDuplicateIdsUniqueAndFillsMissingIds() throws IOException {
    List<EvalReport> l = read(
        "{\"id\":\"A\",\"text\":\"a\",\"receivedAt\":\"2026-01-01T00:00:00Z\",\"group\":\"g\"}",
        "{\"id\":\"A\",\"text\":\"b\",\"receivedAt\":\"2026-01-01T00:00:00Z\",\"group\":\"g\"}",
        "{\"text\":\"c\",\"receivedAt\":\"2026-01-01T00:00:00Z\",\"group\":\"g\"}").reports();

    assertThat(l).extracting(EvalReport::id).containsExactly("A", "A#2", "line-3");
  }

  @Test
  void usesTheTitleWhenTextIsMissingAndDropsHalfALocation() throws IOException {
    EvalReport a = read("\uFEFF{\"id\":\"1\",\"title\":\"Ngập Hàm Nghi\",\"receivedAt\":\"2026-01-01T00:00:00Z\","
        + "\"lat\":16.05,\"lon\":\"x\",\"group\":\"g\"}").reports().get(0);

    assertThat(a.text()).isEqualTo("Ngập Hàm Nghi");
    assertThat(a.lat()).isNull();
    assertThat(a.lon()).isNull();
  }

  @Test
  void sortsByTimeKeepingFileOrderForTies() throws IOException {
    JsonlReportReader.Result r = read(
        "{\"id\":\"late\",\"text\":\"a\",\"receivedAt\":\"2026-01-02T00:00:00Z\",\"group\":\"g\"}",
        "{\"id\":\"tie1\",\"text\":\"b\",\"receivedAt\":\"2026-01-01T07:00:00+07:00\",\"group\":\"g\"}",
        "{\"id\":\"tie2\",\"text\":\"c\",\"receivedAt\":\"2026-01-01T00:00:00Z\",\"group\":\"g\"}");

    assertThat(r.inTimeOrder()).extracting(EvalReport::id).containsExactly("tie1", "tie2", "late");
  }

  @Test
  void hashesPhonesByTheirNationalDigits() {
    assertThat(PhoneHash.normalise("+84 905 123 456")).isEqualTo("0905123456");
    assertThat(PhoneHash.normalise("84 905.123.456")).isEqualTo("0905123456");
    assertThat(PhoneHash.normalise("0084905123456")).isEqualTo("0905123456");
    assertThat(PhoneHash.normalise("0905-123-456")).isEqualTo("0905123456");
    assertThat(PhoneHash.normalise("905123456")).isEqualTo("0905123456");
    assertThat(PhoneHash.normalise("1022")).isNull();
    assertThat(PhoneHash.of("0905 123 456")).isEqualTo(PhoneHash.of("+84905123456"));
  }
}
