package vn.pakn.search.bench;

import java.io.IOException;
import vn.pakn.search.ComplaintIndex;

/**
 * Builds the benchmark indexes ahead of a run (the duplicate-check benchmark builds a missing one itself):
 * {@code java -cp … vn.pakn.search.bench.BuildBenchIndexes 100000 1000000}.
 */
public final class BuildBenchIndexes {
  private BuildBenchIndexes() {}

  public static void main(String[] args) throws IOException {
    for (String a : args) {
      try (ComplaintIndex index = BenchIndexes.open(Long.parseLong(a))) {
        System.out.printf("%,d reports in target/bench-index-%s; heap used after GC: %.1f MiB%n", index.size(), a,
            BenchIndexes.usedHeapMib());
      }
    }
  }
}
