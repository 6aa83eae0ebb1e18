package vn.pakn.search.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.pakn.search.ComplaintIndex;
import vn.pakn.search.DuplicateCandidate;
import vn.pakn.search.DuplicateFinder;
import vn.pakn.search.DuplicateQuery;

/**
 * Duplicate-check latency (sample mode: JMH prints p0.50 and p0.99) over an on-disk index of generated
 * reports, with one and two threads. The queries are the reports that follow the indexed ones in the same
 * generated stream, so they continue its events as new calls would. Setup prints the heap in use with the
 * index open after a full GC, and the percentiles of the checks' CPU time, which a busy shared machine does not
 * inflate the way it inflates wall-clock time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class DuplicateCheckBenchmark {
  @Param({"100000", "1000000"})
  public long reports;

  private ComplaintIndex index;
  private DuplicateFinder finder;
  private List<DuplicateQuery> queries;
  private final AtomicInteger next = new AtomicInteger();

  @Setup(Level.Trial)
  public void open() throws IOException {
    queries = BenchIndexes.queriesAfter(reports, BenchIndexes.QUERIES);
    index = BenchIndexes.open(reports);
    finder = new DuplicateFinder(index);
    for (DuplicateQuery q : queries) {
      finder.find(q, 5);
    }
    System.out.printf("%n%,d reports indexed; heap used after GC with the index open: %.1f MiB%n", index.size(),
        BenchIndexes.usedHeapMib());
    CpuTimer.report("duplicate check, one thread", queries, q -> finder.find(q, 5));
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    index.close();
  }

  private DuplicateQuery nextQuery() {
    return queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
  }

  @Benchmark
  @Threads(1)
  public List<DuplicateCandidate> check1Thread() throws IOException {
    return finder.find(nextQuery(), 5);
  }

  @Benchmark
  @Threads(2)
  public List<DuplicateCandidate> check2Threads() throws IOException {
    return finder.find(nextQuery(), 5);
  }
}
