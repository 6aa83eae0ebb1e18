package vn.pakn.search.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.ComplaintIndex;
import vn.pakn.search.DuplicateBand;
import vn.pakn.search.DuplicateCandidate;
import vn.pakn.search.DuplicateFinder;
import vn.pakn.search.DuplicateQuery;
import vn.pakn.search.IndexSettings;

class DuplicateFinderTest {
  private static final Instant T0 = Instant.parse("2026-10-05T01:00:00Z");
  private ComplaintIndex index;
  private DuplicateFinder finder;

  @BeforeEach
  void open() throws IOException {
    index = ComplaintIndex.open(new ByteBuffersDirectory(), IndexSettings.defaults());
    finder = new DuplicateFinder(index);
    add("r1", "c1", "Đường Nguyễn Trãi đoạn trước số 120 bị ngập sâu khoảng nửa mét, xe máy chết máy hàng loạt",
        "P1", "DRAINAGE", 0);
    add("r2", "c2", "Đèn đường trên phố Huế từ số 10 đến số 40 không sáng đã một tuần", "P2", "LIGHTING", 5);
    add("r3", "c3", "Mất điện toàn khu vực ngõ 12 Trần Phú từ 8 giờ sáng chưa có điện lại", "P1", "POWER", 30);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private void add(String id, String caseId, String text, String area, String category, int minutes)
      throws IOException {
    index.upsert(new ComplaintDocument(id, caseId, null, text, category, area, null, "RECEIVED",
        T0.plusSeconds(60L * minutes), null, null, null, false, null));
  }

  private List<DuplicateCandidate> find(String text, String area, int minutes) throws IOException {
    return finder.find(new DuplicateQuery(text, null, T0.plusSeconds(60L * minutes), null, null, null, area, null), 5);
  }

  @Test
  void findsReportTypedWithoutDiacritics() throws IOException {
    assertThat(find("mat dien o ngo 12 tran phu tu sang den gio", "P1", 90))
        .first().satisfies(c -> {
          assertThat(c.caseId()).isEqualTo("c3");
          assertThat(c.band()).isEqualTo(DuplicateBand.LIKELY);
        });
  }

  @Test
  void aReportAlreadyIndexedLeavesItsOwnCaseOutAndStillFindsTheOneItRepeats() throws IOException {
    add("r4", "c4", "Cây xanh bật gốc đổ chắn ngang đường Lê Lợi, xe không qua được", "P3", "TREES", 60);
    add("r5", "c5", "Cây xanh bật gốc đổ chắn ngang đường Lê Lợi, xe không qua được", "P3", "TREES", 62);
    var own = new DuplicateQuery("Cây xanh bật gốc đổ chắn ngang đường Lê Lợi, xe không qua được", null,
        T0.plusSeconds(62 * 60), null, null, null, "P3", "TREES");

    assertThat(finder.find(own, 5)).first().extracting(DuplicateCandidate::caseId).isEqualTo("c5");
    assertThat(finder.find(own, 5, java.util.Set.of("c5"))).first().satisfies(c -> {
      assertThat(c.caseId()).isEqualTo("c4");
      assertThat(c.band()).isEqualTo(DuplicateBand.LIKELY);
    });
    assertThat(finder.find(own, 5, java.util.Set.of("c5"))).extracting(DuplicateCandidate::caseId).doesNotContain("c5");
  }

  @Test
  void justAddedReportIsVisibleToTheNextQuery() throws IOException {
    add("r4", "c4", "Cây xanh bật gốc đổ chắn ngang đường Lê Lợi", "P3", "TREES", 60);
    assertThat(find("cây đổ chắn ngang đường Lê Lợi, xe không qua được", "P3", 60))
        .extracting(DuplicateCandidate::caseId).first().isEqualTo("c4");
  }

  @Test
  void findsDecomposedLegacyAndMisspeltTextsOfTheSameEvent() throws IOException {
    String nfd = java.text.Normalizer.normalize("Mất điện ở ngõ 12 Trần Phú từ sáng", java.text.Normalizer.Form.NFD);
    String tcvn3 = "M\u00cat \u00aei\u00d6n \u00eb ng\u00e2 12 Tr\u00A7n Ph\u00fa t\u00f5 s\u00b8ng";
    String typos = "matt dien o ngox 12 tran phuu tu sang";
    for (String text : new String[] {nfd, tcvn3, typos}) {
      assertThat(find(text, "P1", 120)).as(text).first().satisfies(c -> assertThat(c.caseId()).isEqualTo("c3"));
    }
  }

  @Test
  void otherWordsForTheSameProblemAtTheSamePlaceAreLikely() throws IOException {
    assertThat(find("Khu vực ngõ 12 phố Trần Phú bị cúp điện, chưa thấy thông báo cắt điện", "P1", 100))
        .first().satisfies(c -> {
          assertThat(c.caseId()).isEqualTo("c3");
          assertThat(c.band()).isEqualTo(DuplicateBand.LIKELY);
          assertThat(c.score()).isBetween(0.0, 1.0);
          assertThat(c.reasons()).extracting(r -> r.code()).contains("TEXT", "SAME_AREA", "TIME_GAP");
        });
  }

  @Test
  void sameCallerShortFollowUpJoinsTheCase() throws IOException {
    index.upsert(new ComplaintDocument("r5", "c5", null, "Nước máy ở kiệt 18 Núi Thành đục ngầu, có mùi lạ", "WATER",
        "P4", null, "RECEIVED", T0.plusSeconds(3600), "caller-7", null, null, false, null));
    List<DuplicateCandidate> c = finder.find(new DuplicateQuery("nuoc van duc", null, T0.plusSeconds(7200),
        "caller-7", null, null, "P4", null), 5);
    assertThat(c).first().satisfies(top -> {
      assertThat(top.caseId()).isEqualTo("c5");
      assertThat(top.reasons()).extracting(r -> r.code()).contains("SAME_CALLER");
    });
  }

  @Test
  void sameProblemOnAnotherStreetIsNotLikely() throws IOException {
    assertThat(find("Mất điện ở kiệt 56 Âu Cơ từ 8 giờ sáng chưa có điện lại", "P1", 60))
        .noneMatch(c -> c.caseId().equals("c3") && c.band() == DuplicateBand.LIKELY);
  }

  @Test
  void sameStreetDifferentProblemIsNotLikely() throws IOException {
    assertThat(find("Đường Nguyễn Trãi trước số 120 có ổ gà rất lớn, nhiều người ngã xe", "P1", 60))
        .noneMatch(c -> c.caseId().equals("c1") && c.band() == DuplicateBand.LIKELY);
  }
}
