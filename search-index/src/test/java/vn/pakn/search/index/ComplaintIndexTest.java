package vn.pakn.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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

  /** An index that never refreshes on its own: what the finder sees of new writes comes from memory. */
  private ComplaintIndex neverRefreshing(int recentLimit) throws IOException {
    return ComplaintIndex.open(dir, new IndexSettings(16, IndexSettings.DEFAULT_ZONE, 10, recentLimit, Duration.ofHours(1)));
  }

  private static int docsTheSearcherShows(ComplaintIndex index) throws IOException {
    ComplaintIndex.RecentSearcher view = index.acquireRecent();
    try {
      return view.searcher().getIndexReader().numDocs();
    } finally {
      index.release(view.searcher());
    }
  }

  @Test
  void theFinderSeesNewReportsBeforeAnyRefresh() throws IOException {
    try (ComplaintIndex index = neverRefreshing(100)) {
      DuplicateFinder finder = new DuplicateFinder(index);
      for (int i = 0; i < 20; i++) {
        index.upsert(report("r" + i, "c" + i, "Đường số " + i + " khu dân cư Hòa Xuân ngập sâu sau mưa", 0));
        assertThat(finder.find(DuplicateQuery.of("Đường số " + i + " khu dân cư Hòa Xuân ngập sâu sau mưa", T0), 1))
            .extracting(c -> c.caseId()).containsExactly("c" + i);
      }
      assertThat(docsTheSearcherShows(index)).as("no segment per report").isZero();
    }
  }

  @Test
  void aReportMergedAfterTheLastRefreshIsFoundUnderItsNewCaseOnly() throws IOException {
    try (ComplaintIndex index = neverRefreshing(100)) {
      DuplicateFinder finder = new DuplicateFinder(index);
      index.upsert(report("r1", "c1", "Cây đổ chắn ngang đường Lê Lợi", 0));
      assertThat(index.size()).isEqualTo(1); // a plain search refreshes: the searcher now shows r1 in c1
      index.upsert(report("r1", "c9", "Cây đổ chắn ngang đường Lê Lợi", 0));
      assertThat(finder.find(DuplicateQuery.of("cây đổ chắn đường Lê Lợi", T0.plusSeconds(60)), 5))
          .extracting(c -> c.caseId()).containsExactly("c9");
    }
  }

  @Test
  void aReportDeletedAfterTheLastRefreshIsNoLongerFound() throws IOException {
    try (ComplaintIndex index = neverRefreshing(100)) {
      DuplicateFinder finder = new DuplicateFinder(index);
      index.upsert(report("r1", "c1", "Cây đổ chắn ngang đường Lê Lợi", 0));
      assertThat(index.size()).isEqualTo(1);
      index.delete("r1");
      assertThat(docsTheSearcherShows(index)).isEqualTo(1);
      assertThat(finder.find(DuplicateQuery.of("cây đổ chắn đường Lê Lợi", T0), 5)).isEmpty();
    }
  }

  @Test
  void recentReportsOutsideTheTimeWindowOrAreaAreNotCandidates() throws IOException {
    try (ComplaintIndex index = neverRefreshing(100)) {
      DuplicateFinder finder = new DuplicateFinder(index);
      index.upsert(report("old", "c1", "Cây đổ chắn ngang đường Lê Lợi", -60 * 24 * 90));
      index.upsert(new ComplaintDocument("elsewhere", "c2", null, "Cây đổ chắn ngang đường Lê Lợi", "DRAINAGE", "P7",
          null, "RECEIVED", T0, null, null, null, false, null));
      assertThat(finder.find(new DuplicateQuery("cây đổ chắn đường Lê Lợi", null, T0, null, null, null, "P1", null), 5))
          .isEmpty();
    }
  }

  @Test
  void manyWritesRefreshTheSearcherSoMemoryStaysBounded() throws IOException {
    try (ComplaintIndex index = neverRefreshing(5)) {
      DuplicateFinder finder = new DuplicateFinder(index);
      for (int i = 0; i < 6; i++) {
        index.upsert(report("r" + i, "c" + i, "Đèn đường hỏng ở ngõ " + (100 + i) + " phố Huế", i));
      }
      assertThat(finder.find(DuplicateQuery.of("Đèn đường hỏng ở ngõ 105 phố Huế", T0), 1))
          .extracting(c -> c.caseId()).containsExactly("c5");
      ComplaintIndex.RecentSearcher view = index.acquireRecent();
      try {
        assertThat(view.searcher().getIndexReader().numDocs()).isEqualTo(6);
        assertThat(view.recent().reports()).isEmpty();
      } finally {
        index.release(view.searcher());
      }
    }
  }

  @Test
  void concurrentWritersEachFindTheirLastReportWhileRefreshesPruneTheRecentWrites() throws Exception {
    try (ComplaintIndex index = neverRefreshing(3)) {
      DuplicateFinder finder = new DuplicateFinder(index);
      var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
      try {
        List<java.util.concurrent.Future<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
          int writer = w;
          writers.add(pool.submit(() -> {
            int missed = 0;
            for (int i = 0; i < 150; i++) {
              String text = "Cống thoát nước số " + (writer * 1000 + i) + " khu phố " + writer + " bị tắc, nước tràn";
              String caseId = "c" + writer + "-" + i;
              index.upsert(report("w" + writer + "-" + i, caseId, text, 0));
              if (finder.find(DuplicateQuery.of(text, T0), 1).stream().noneMatch(c -> c.caseId().equals(caseId))) {
                missed++;
              }
            }
            return missed;
          }));
        }
        for (var f : writers) {
          assertThat(f.get()).as("reports not found right after they were written").isZero();
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(index.size()).isEqualTo(450);
    }
  }

  @Test
  void bulkWritesNobodyAsksAboutAreStillFoundAfterTheirMemoryIsDropped() throws IOException {
    try (ComplaintIndex index = neverRefreshing(2)) {
      for (int i = 0; i < 30; i++) {
        index.upsert(report("r" + i, "c" + i, "Đèn đường hỏng ở ngõ " + (100 + i) + " phố Huế", i));
      }
      DuplicateFinder finder = new DuplicateFinder(index);
      for (int i : new int[] {0, 7, 8, 29}) {
        assertThat(finder.find(DuplicateQuery.of("Đèn đường hỏng ở ngõ " + (100 + i) + " phố Huế", T0), 1))
            .extracting(c -> c.caseId()).containsExactly("c" + i);
      }
    }
  }

  @Test
  void anIndexWrittenBeforeTheTimeSortStartsEmptySoTheServerRebuildsIt() throws IOException {
    var mapper = new DocumentMapper(IndexSettings.DEFAULT_ZONE);
    try (var fs = org.apache.lucene.store.FSDirectory.open(dir);
        var unsorted = new org.apache.lucene.index.IndexWriter(fs, new org.apache.lucene.index.IndexWriterConfig())) {
      unsorted.addDocument(mapper.toDocument(report("r1", "c1", "Mất nước ở kiệt 18 Núi Thành", 0)));
      unsorted.setLiveCommitData(java.util.Map.of(IndexFields.LAST_CHANGE, "41").entrySet());
      unsorted.commit();
    }
    try (ComplaintIndex index = ComplaintIndex.open(dir)) {
      assertThat(index.size()).isZero();
      assertThat(index.lastIndexedChange()).isEqualTo(-1);
      index.upsert(report("r1", "c1", "Mất nước ở kiệt 18 Núi Thành", 0), 42);
    }
    try (ComplaintIndex index = ComplaintIndex.open(dir)) {
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.lastIndexedChange()).isEqualTo(42);
    }
  }

  @Test
  void anIndexOfAnotherFieldLayoutStartsEmptySoTheServerRebuildsIt() throws IOException {
    // a session-4 index: sorted by reception time, but written without the layout version in its commits
    var mapper = new DocumentMapper(IndexSettings.DEFAULT_ZONE);
    var sort = new org.apache.lucene.search.Sort(
        new org.apache.lucene.search.SortField(IndexFields.RECEIVED, org.apache.lucene.search.SortField.Type.LONG));
    try (var fs = org.apache.lucene.store.FSDirectory.open(dir);
        var old = new org.apache.lucene.index.IndexWriter(fs,
            new org.apache.lucene.index.IndexWriterConfig().setIndexSort(sort))) {
      old.addDocument(mapper.toDocument(report("r1", "c1", "Mất nước ở kiệt 18 Núi Thành", 0)));
      old.setLiveCommitData(java.util.Map.of(IndexFields.LAST_CHANGE, "41").entrySet());
      old.commit();
    }
    try (ComplaintIndex index = ComplaintIndex.open(dir)) {
      assertThat(index.size()).isZero();
      assertThat(index.lastIndexedChange()).isEqualTo(-1);
      index.upsert(report("r1", "c1", "Mất nước ở kiệt 18 Núi Thành", 0), 42);
      index.commit();
    }
    try (ComplaintIndex index = ComplaintIndex.open(dir)) {
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.lastIndexedChange()).isEqualTo(42);
    }
  }

  @Test
  void theFinderAnswersTheSameWhetherTheLastReportsAreRecentOrRefreshed() throws IOException {
    var stream = vn.pakn.search.eval.ReportGenerator.generate(7L, 660).toList();
    List<ComplaintDocument> docs = stream.subList(0, 600).stream().map(vn.pakn.search.eval.GeneratedReport::toDocument).toList();
    List<DuplicateQuery> queries = stream.subList(600, 660).stream().map(vn.pakn.search.eval.GeneratedReport::toQuery).toList();
    List<List<String>> refreshed = new ArrayList<>();
    List<List<String>> recent = new ArrayList<>();
    try (ComplaintIndex index = ComplaintIndex.open(dir.resolve("refreshed"))) {
      for (ComplaintDocument d : docs) {
        index.upsert(d);
      }
      assertThat(index.size()).isEqualTo(600);
      DuplicateFinder finder = new DuplicateFinder(index);
      for (DuplicateQuery q : queries) {
        refreshed.add(finder.find(q, 3).stream().map(c -> c.caseId() + "/" + c.band()).toList());
      }
    }
    try (ComplaintIndex index = ComplaintIndex.open(dir.resolve("recent"),
        new IndexSettings(16, IndexSettings.DEFAULT_ZONE, 10, 1000, Duration.ofHours(1)))) {
      for (ComplaintDocument d : docs.subList(0, 450)) {
        index.upsert(d);
      }
      assertThat(index.size()).isEqualTo(450); // refreshes: the last 150 stay recent writes
      for (ComplaintDocument d : docs.subList(450, 600)) {
        index.upsert(d);
      }
      DuplicateFinder finder = new DuplicateFinder(index);
      for (DuplicateQuery q : queries) {
        recent.add(finder.find(q, 3).stream().map(c -> c.caseId() + "/" + c.band()).toList());
      }
      assertThat(docsTheSearcherShows(index)).isEqualTo(450);
    }
    long same = java.util.stream.IntStream.range(0, queries.size()).filter(i -> refreshed.get(i).equals(recent.get(i))).count();
    // BM25 statistics leave the recent reports out, so a near tie may swap places; the answers must not drift.
    assertThat(same).as("queries answered alike: %s vs %s", refreshed, recent).isGreaterThanOrEqualTo(57);
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
