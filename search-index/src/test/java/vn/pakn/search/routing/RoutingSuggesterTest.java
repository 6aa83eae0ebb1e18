package vn.pakn.search.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.ComplaintIndex;
import vn.pakn.search.IndexSettings;
import vn.pakn.search.RoutingSuggester;
import vn.pakn.search.RoutingSuggestion;

class RoutingSuggesterTest {
  private static final Instant T0 = Instant.parse("2026-09-01T01:00:00Z");

  private static void add(ComplaintIndex index, int i, String text, String category, String unit) throws IOException {
    index.upsert(new ComplaintDocument("r" + i, "c" + i, null, text, category, "P" + (i % 3), unit, "CLOSED",
        T0.plusSeconds(3600L * i), null, null, null, false, null));
  }

  @Test
  void suggestsTheUnitOfSimilarRoutedCasesWithConfidence() throws IOException {
    try (ComplaintIndex index = ComplaintIndex.open(new ByteBuffersDirectory(), IndexSettings.defaults())) {
      add(index, 1, "Mất điện cả khu phố từ tối qua", "POWER", "Điện lực");
      add(index, 2, "Cúp điện kiệt 56 Âu Cơ, không có thông báo", "POWER", "Điện lực");
      add(index, 3, "Khu tôi mất điện lâu quá", null, "Điện lực");
      add(index, 4, "Mất nước sinh hoạt hai ngày nay", "WATER", "Cấp nước");
      add(index, 5, "Nước máy đục, có mùi", "WATER", "Cấp nước");
      add(index, 6, "Rác không được thu gom ở chợ", "GARBAGE", "Môi trường đô thị");
      add(index, 7, "Hát karaoke ồn ào đến khuya", "NOISE", null);

      List<RoutingSuggestion> s = new RoutingSuggester(index).suggest(null, "mat dien tu sang o to 14", null, null, 3);

      assertThat(s).first().satisfies(top -> {
        assertThat(top.unit()).isEqualTo("Điện lực");
        assertThat(top.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1);
      });
      assertThat(s.stream().mapToDouble(RoutingSuggestion::confidence).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
      assertThat(s).extracting(RoutingSuggestion::unit).doesNotContainNull();
    }
  }

  @Test
  void suggestsNothingFromAnEmptyIndex() throws IOException {
    try (ComplaintIndex index = ComplaintIndex.open(new ByteBuffersDirectory(), IndexSettings.defaults())) {
      assertThat(new RoutingSuggester(index).suggest("", "mất điện", null, null, 3)).isEmpty();
    }
  }
}
