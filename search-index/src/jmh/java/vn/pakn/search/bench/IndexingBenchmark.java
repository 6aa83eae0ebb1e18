package vn.pakn.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.ComplaintIndex;

/**
 * Indexing throughput, one thread: reports per second into a fresh on-disk index, including normalisation,
 * analysis, fingerprints and the final commit. The score is operations (reports) per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class IndexingBenchmark {
  static final int BATCH = 20_000;

  private List<ComplaintDocument> docs;
  private Path dir;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    docs = BenchIndexes.documents(BATCH);
  }

  /** Prints the CPU-time throughput of the indexing thread, which a busy shared machine does not deflate. */
  @TearDown(Level.Trial)
  public void cpuTimeThroughput() throws IOException {
    Path cpuDir = Files.createTempDirectory("pakn-bench-cpu");
    long cpu;
    try (ComplaintIndex index = ComplaintIndex.open(cpuDir)) {
      long start = CpuTimer.cpuNanos();
      for (ComplaintDocument d : docs) {
        index.upsert(d);
      }
      index.commit();
      cpu = CpuTimer.cpuNanos() - start;
    }
    System.out.printf("%nindexing, one thread: %,.0f reports per CPU second (%d reports in %.2f s of CPU)%n",
        docs.size() / (cpu / 1e9), docs.size(), cpu / 1e9);
    try (var files = Files.walk(cpuDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Setup(Level.Invocation)
  public void freshDirectory() throws IOException {
    dir = Files.createTempDirectory("pakn-bench-index");
  }

  @TearDown(Level.Invocation)
  public void removeDirectory() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long indexReports() throws IOException {
    try (ComplaintIndex index = ComplaintIndex.open(dir)) {
      for (ComplaintDocument d : docs) {
        index.upsert(d);
      }
      index.commit();
      return index.lastIndexedChange();
    }
  }
}
