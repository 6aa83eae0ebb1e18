package vn.pakn.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.ComplaintIndex;
import vn.pakn.search.DuplicateQuery;
import vn.pakn.search.eval.GeneratedReport;
import vn.pakn.search.eval.ReportGenerator;

/**
 * Benchmark corpora from {@link ReportGenerator} and on-disk indexes built once per size under
 * {@code target/bench-index-<size>} and reused by later runs (building a million reports takes a minute).
 */
final class BenchIndexes {
  static final long SEED = 20261123L;

  private BenchIndexes() {}

  /** The first {@code n} generated reports as documents. */
  static List<ComplaintDocument> documents(int n) {
    return ReportGenerator.generate(SEED, n).map(GeneratedReport::toDocument).toList();
  }

  /** {@code n} duplicate checks made by the reports that follow the first {@code indexed} ones. */
  static List<DuplicateQuery> queriesAfter(long indexed, int n) {
    Iterator<GeneratedReport> it = ReportGenerator.iterator(SEED, indexed + n, ReportGenerator.DEFAULT_START,
        ReportGenerator.DEFAULT_SPAN);
    for (long i = 0; i < indexed; i++) {
      it.next();
    }
    List<DuplicateQuery> out = new java.util.ArrayList<>(n);
    while (it.hasNext()) {
      out.add(it.next().toQuery());
    }
    return out;
  }

  /**
   * Opens the index of the first {@code size} generated reports, building it when missing. The queries must
   * come from the same stream positions after it, so the size fixes the time span of the generator.
   */
  static ComplaintIndex open(long size) {
    try {
      Path dir = Path.of("target", "bench-index-" + size);
      // marks a complete build of this field layout (ComplaintIndex.FORMAT 2); an older one is rebuilt
      Path done = dir.resolve("complete-format-2");
      if (!Files.exists(done)) {
        if (Files.exists(dir)) {
          try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          }
        }
        long t0 = System.nanoTime();
        try (ComplaintIndex index = ComplaintIndex.open(dir)) {
          Iterator<GeneratedReport> docs = ReportGenerator.iterator(SEED, size + QUERIES,
              ReportGenerator.DEFAULT_START, ReportGenerator.DEFAULT_SPAN);
          buildInParallel(index, new LimitedDocs(docs, size));
          index.commit();
        }
        System.out.printf("built %,d reports in %.1f s%n", size, (System.nanoTime() - t0) / 1e9);
        Files.writeString(done, Long.toString(size));
      }
      return ComplaintIndex.open(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Threads that build a benchmark index: the index is a fixture, not what is measured, and on a shared
   * machine more threads get it built sooner.
   */
  static final int BUILD_THREADS = 4;

  private static void buildInParallel(ComplaintIndex index, Iterator<ComplaintDocument> docs) throws IOException {
    java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
    java.util.List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicReference<IOException> failure = new java.util.concurrent.atomic.AtomicReference<>();
    for (int t = 0; t < BUILD_THREADS; t++) {
      Thread thread = new Thread(() -> {
        while (failure.get() == null) {
          ComplaintDocument d;
          synchronized (docs) {
            if (!docs.hasNext()) {
              return;
            }
            d = docs.next();
          }
          try {
            index.upsert(d);
          } catch (IOException e) {
            failure.set(e);
          }
          if (count.incrementAndGet() % 100_000 == 0) {
            System.out.printf("indexed %,d%n", count.get());
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while building", e);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  /** Queries made after the indexed reports; the generator stream is the same, so they continue its events. */
  static final int QUERIES = 2_000;

  /** Heap in use after a full collection, in MiB. */
  static double usedHeapMib() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }

  /** The first {@code limit} documents of a generated stream. */
  private static final class LimitedDocs implements Iterator<ComplaintDocument> {
    private final Iterator<GeneratedReport> source;
    private final long limit;
    private long taken;

    LimitedDocs(Iterator<GeneratedReport> source, long limit) {
      this.source = source;
      this.limit = limit;
    }

    @Override
    public boolean hasNext() {
      return taken < limit && source.hasNext();
    }

    @Override
    public ComplaintDocument next() {
      taken++;
      return source.next().toDocument();
    }
  }
}
