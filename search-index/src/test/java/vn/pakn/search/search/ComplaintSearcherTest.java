package vn.pakn.search.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.ComplaintIndex;
import vn.pakn.search.ComplaintSearcher;
import vn.pakn.search.FacetValue;
import vn.pakn.search.IndexSettings;
import vn.pakn.search.PublishedAnswer;
import vn.pakn.search.SearchHit;
import vn.pakn.search.SearchResult;
import vn.pakn.search.StaffSearchQuery;

class ComplaintSearcherTest {
  private ComplaintIndex index;
  private ComplaintSearcher searcher;

  @BeforeEach
  void open() throws IOException {
    index = ComplaintIndex.open(new ByteBuffersDirectory(), IndexSettings.defaults());
    searcher = new ComplaintSearcher(index);
    add("r1", "Mất điện ở ngõ 12 Trần Phú từ sáng, liên hệ 0912 345 678", "POWER", "EVN", "ASSIGNED",
        "2026-10-05T01:00:00Z", true, "Điện lực đã khôi phục cấp điện lúc 14 giờ. Liên hệ chị Lan 0905 111 222.");
    add("r2", "Mất điện kéo dài ở kiệt 56 Âu Cơ", "POWER", "EVN", "IN_PROGRESS", "2026-11-02T01:00:00Z", false, null);
    add("r3", "Rác tồn đọng ở ngõ 12 Trần Phú", "GARBAGE", "URENCO", "ASSIGNED", "2026-11-03T01:00:00Z", true,
        "Công ty môi trường đã thu gom rác.");
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private void add(String id, String text, String category, String unit, String state, String at, boolean published,
      String answer) throws IOException {
    index.upsert(new ComplaintDocument(id, id, null, text, category, "P1", unit, state, Instant.parse(at),
        "hash-" + id, null, null, published, answer));
  }

  @Test
  void unaccentedQueryFindsAccentedReport() throws IOException {
    SearchResult r = searcher.search(StaffSearchQuery.of("mat dien o ngo 12"));
    assertThat(r.hits()).extracting(SearchHit::id).first().isEqualTo("r1");
  }

  @Test
  void highlightsMatchesAndMasksPhoneNumbers() throws IOException {
    SearchHit hit = searcher.search(StaffSearchQuery.of("mất điện")).hits().stream()
        .filter(h -> h.id().equals("r1")).findFirst().orElseThrow();
    assertThat(hit.snippet()).contains("<b>Mất</b>").contains("<b>điện</b>").contains("09xx xxx 678")
        .doesNotContain("0912 345 678");
  }

  @Test
  void filtersAndCountsFacets() throws IOException {
    SearchResult r = searcher.search(new StaffSearchQuery("mất điện", null, Set.of("EVN"), null, null, null, null, 0, 10));
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.facets().get(SearchResult.STATE))
        .containsExactlyInAnyOrder(new FacetValue("ASSIGNED", 1), new FacetValue("IN_PROGRESS", 1));
    assertThat(r.facets().get(SearchResult.PERIOD))
        .containsExactlyInAnyOrder(new FacetValue("2026-10", 1), new FacetValue("2026-11", 1));
  }

  @Test
  void searchWithoutWordsListsNewestFirstWithinFilters() throws IOException {
    SearchResult r = searcher.search(new StaffSearchQuery("", Set.of("POWER", "GARBAGE"), null, null, null,
        Instant.parse("2026-11-01T00:00:00Z"), null, 0, 10));
    assertThat(r.hits()).extracting(SearchHit::id).containsExactly("r3", "r2");
    assertThat(r.facets().get(SearchResult.CATEGORY))
        .containsExactlyInAnyOrder(new FacetValue("POWER", 1), new FacetValue("GARBAGE", 1));
  }

  @Test
  void publicSearchSeesPublishedAnswersOnly() throws IOException {
    assertThat(searcher.searchPublished("khoi phuc dien", 0, 10)).extracting(PublishedAnswer::caseId)
        .containsExactly("r1");
    // words only in the citizen's report are not searchable publicly
    assertThat(searcher.searchPublished("Trần Phú 0912 345 678", 0, 10)).isEmpty();
    assertThat(searcher.searchPublished("Âu Cơ", 0, 10)).isEmpty();
  }

  @Test
  void hitsCarryTheReportsValuesReadFromDocValues() throws IOException {
    index.upsert(new ComplaintDocument("r4", "case-9", "Cột điện nghiêng, gọi 0912 345 678", "Cột điện nghiêng ở phố Huế",
        null, null, null, "NEW", Instant.parse("2026-11-04T02:30:00Z"), null, null, null, false, null));
    SearchHit hit = searcher.search(StaffSearchQuery.of("cot dien nghieng")).hits().get(0);
    assertThat(hit).extracting(SearchHit::id, SearchHit::caseId, SearchHit::title, SearchHit::category,
            SearchHit::area, SearchHit::unit, SearchHit::state, SearchHit::receivedAt)
        .containsExactly("r4", "case-9", "Cột điện nghiêng, gọi 09xx xxx 678", null, null, null, "NEW",
            Instant.parse("2026-11-04T02:30:00Z"));
    SearchHit r2 = searcher.search(StaffSearchQuery.of("kiệt 56 Âu Cơ")).hits().get(0);
    assertThat(r2).extracting(SearchHit::id, SearchHit::caseId, SearchHit::category, SearchHit::area,
            SearchHit::unit, SearchHit::state, SearchHit::receivedAt)
        .containsExactly("r2", "r2", "POWER", "P1", "EVN", "IN_PROGRESS", Instant.parse("2026-11-02T01:00:00Z"));
    PublishedAnswer a = searcher.searchPublished("thu gom rác", 0, 10).get(0);
    assertThat(a).extracting(PublishedAnswer::caseId, PublishedAnswer::category, PublishedAnswer::area,
            PublishedAnswer::receivedAt)
        .containsExactly("r3", "GARBAGE", "P1", Instant.parse("2026-11-03T01:00:00Z"));
  }

  @Test
  void publicAnswerCarriesNoPersonalData() throws IOException {
    PublishedAnswer a = searcher.searchPublished("khôi phục điện, liên hệ", 0, 10).get(0);
    assertThat(a.snippet()).contains("09xx xxx 222").doesNotContain("0905 111 222").doesNotContain("0912");
  }
}
