package vn.pakn.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What a measured window used. The database counters ({@link BenchPostgres#counters()}, as deltas) tell what
 * one operation costs in commits, rows and WAL flushes. Where the CPU went, in cores used on average (1.0 = one core busy all the
 * time): the whole machine (from /proc/stat, so including other people's work on a shared machine), the
 * WildFly JVM, PostgreSQL (postmaster and its backends) and this load generator. It tells what limits the
 * rate on a small machine; zero where a figure cannot be read.
 */
record Usage(double machineBusyCores, int machineCores, double serverCores, double postgresCores,
             double loadGeneratorCores, long[] db) {

    /** A reading at one instant. */
    record Probe(long nanoTime, long busyTicks, long totalTicks, long serverCpuNanos, long postgresCpuNanos,
                 long selfCpuNanos, long[] db) {
    }

    static Probe probe(Optional<ProcessHandle> server, BenchPostgres postgres) throws SQLException {
        long[] ticks = machineTicks();
        return new Probe(System.nanoTime(), ticks[0], ticks[1], server.map(Usage::treeCpuNanos).orElse(0L),
                postgres.postmaster().map(Usage::treeCpuNanos).orElse(0L), selfCpuNanos(), postgres.counters());
    }

    static Usage between(Probe a, Probe b) {
        double wall = b.nanoTime() - a.nanoTime();
        int cores = Runtime.getRuntime().availableProcessors();
        long total = b.totalTicks() - a.totalTicks();
        double busyShare = total <= 0 ? 0 : (double) (b.busyTicks() - a.busyTicks()) / total;
        return new Usage(busyShare * cores, cores, (b.serverCpuNanos() - a.serverCpuNanos()) / wall,
                (b.postgresCpuNanos() - a.postgresCpuNanos()) / wall, (b.selfCpuNanos() - a.selfCpuNanos()) / wall,
                IntStream.range(0, a.db().length).mapToLong(i -> b.db()[i] - a.db()[i]).toArray());
    }

    private static long treeCpuNanos(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants())
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
                .sum();
    }

    private static long selfCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    /** {busy, total} jiffies of all CPUs; busy excludes idle and iowait. */
    private static long[] machineTicks() {
        try (var lines = Files.lines(Path.of("/proc/stat"))) {
            String cpu = lines.filter(l -> l.startsWith("cpu ")).findFirst().orElse("");
            long[] f = Arrays.stream(cpu.trim().split("\\s+")).skip(1).mapToLong(Long::parseLong).toArray();
            if (f.length < 5) {
                return new long[] {0, 0};
            }
            long total = Arrays.stream(f).limit(Math.min(f.length, 8)).sum();
            return new long[] {total - f[3] - f[4], total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
