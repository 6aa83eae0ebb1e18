package vn.pakn.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/** CPU time of the current thread, to report figures that do not depend on how busy the machine is. */
final class CpuTimer {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTimer() {}

  static long cpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** An operation on one input. */
  @FunctionalInterface
  interface Op<T> {
    void run(T input) throws IOException;
  }

  /** Runs {@code op} on every input and prints p50/p99 of CPU and wall time per call. */
  static <T> void report(String what, List<T> inputs, Op<T> op) throws IOException {
    long[] cpu = new long[inputs.size()];
    long[] wall = new long[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      long c = cpuNanos();
      long w = System.nanoTime();
      op.run(inputs.get(i));
      wall[i] = System.nanoTime() - w;
      cpu[i] = cpuNanos() - c;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf("%s over %d calls: CPU p50 %.3f ms, p99 %.3f ms; wall p50 %.3f ms, p99 %.3f ms%n", what,
        inputs.size(), ms(cpu, 0.50), ms(cpu, 0.99), ms(wall, 0.50), ms(wall, 0.99));
  }

  private static double ms(long[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))] / 1e6;
  }
}
