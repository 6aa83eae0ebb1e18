package vn.pakn.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.ComplaintIndex;
import vn.pakn.search.DuplicateFinder;
import vn.pakn.search.DuplicateQuery;
import vn.pakn.search.IndexSettings;

class ComplaintIndexTest {
  private static final Instant T0 = Instant.parse("2026-10-05T01:00:00Z");

  @TempDir
  Path dir;

  static ComplaintDocument report(String id, String caseId, String text, int minutes) {
    return new ComplaintDocument(id, caseId, null, text, "DRAINAGE", "P1", null, "RECEIVED",
        T0.plusSeconds(60L * minutes), null, null, null, false, null);
  }

  @Test
  void upsertReplacesTheReportWithTheSameId() throws IOException {
    try (ComplaintIndex index = ComplaintIndex.open(dir)) {
      DuplicateFinder finder = new DuplicateFinder(index);
      index.upsert(report("r1", "c1", "Cây đổ chắn ngang đường Lê Lợi", 0));
      index.upsert(report("r1", "c9", "Cây đổ chắn ngang đường Lê Lợi", 0));
      assertThat(index.size()).isEqualTo(1);
      assertThat(finder.find(DuplicateQuery.of("cây đổ chắn đường Lê Lợi", T0.plusSeconds(60)), 5))
          .extracting(c -> c.caseId()).containsExactly("c9");
    }
  }

  @Test
  void deletedReportIsNoLongerFound() throws IOException {
    try (ComplaintIndex index = ComplaintIndex.open(dir)) {
      DuplicateFinder finder = new DuplicateFinder(index);
      index.upsert(report("r1", "c1", "Cây đổ chắn ngang đường Lê Lợi", 0));
      assertThat(finder.find(DuplicateQuery.of("cây đổ chắn đường Lê Lợi", T0), 5)).hasSize(1);
      index.delete("r1");
      assertThat(finder.find(DuplicateQuery.of("cây đổ chắn đường Lê Lợi", T0), 5)).isEmpty();
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void reportAddedWithinTheSameSecondIsVisibleToTheNextCheck() throws IOException {
    try (ComplaintIndex index = ComplaintIndex.open(dir)) {
      DuplicateFinder finder = new DuplicateFinder(index);
      for (int i = 0; i < 20; i++) {
        index.upsert(report("r" + i, "c" + i, "Đường số " + i + " khu dân cư Hòa Xuân ngập sâu sau mưa", 0));
        assertThat(finder.find(DuplicateQuery.of("Đường số " + i + " khu dân cư Hòa Xuân ngập sâu sau mưa", T0), 1))
            .extracting(c -> c.caseId()).containsExactly("c" + i);
      }
    }
  }

  @Test
  void remembersTheLastIndexedChangeAcrossRestarts() throws IOException {
    try (ComplaintIndex index = ComplaintIndex.open(dir)) {
      assertThat(index.lastIndexedChange()).isEqualTo(-1);
      index.upsert(report("r1", "c1", "Mất nước ở kiệt 18 Núi Thành", 0), 41);
      index.upsert(report("r2", "c2", "Rác tồn đọng ở chợ Tân Mai", 5), 42);
      index.delete("r1", 43);
    }
    try (ComplaintIndex index = ComplaintIndex.open(dir)) {
      assertThat(index.lastIndexedChange()).isEqualTo(43);
      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void rebuildReplacesEverythingAndReportsProgress() throws IOException {
    try (ComplaintIndex index = ComplaintIndex.open(dir, new IndexSettings(16, IndexSettings.DEFAULT_ZONE, 10))) {
      index.upsert(report("old", "old", "Báo cáo cũ sẽ biến mất", 0));
      List<ComplaintDocument> docs = IntStream.range(0, 25)
          .mapToObj(i -> report("r" + i, "c" + i, "Đèn đường số " + i + " không sáng", i)).toList();
      List<long[]> progress = new ArrayList<>();
      long n = index.rebuild(docs.iterator(), docs.size(), 99, (done, expected) -> progress.add(new long[] {done, expected}));
      assertThat(n).isEqualTo(25);
      assertThat(index.size()).isEqualTo(25);
      assertThat(index.lastIndexedChange()).isEqualTo(99);
      assertThat(progress).extracting(p -> p[0]).containsExactly(10L, 20L, 25L);
      assertThat(progress).allMatch(p -> p[1] == 25);
    }
  }
}
