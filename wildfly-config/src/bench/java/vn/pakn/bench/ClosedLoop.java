package vn.pakn.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * N threads in a closed loop: each thread does one operation, waits for it to finish, and starts the next,
 * with no think time, first for a warm-up (discarded) and then for the measured window. Only operations
 * that start and end inside the window count; their latencies go into one HdrHistogram per thread,
 * merged at the end.
 */
final class ClosedLoop {

    /** One client's unit of work; throws if it failed. Called by one thread only. */
    interface Operation {
        void run() throws Exception;
    }

    /** Creates the operation of client {@code index}, e.g. with its own connection. */
    interface Client extends AutoCloseable {
        Operation operation();

        @Override
        default void close() throws Exception {
        }
    }

    interface ClientFactory {
        Client open(int index) throws Exception;
    }

    record Result(String name, int clients, double seconds, long ok, long errors, Histogram latencyMicros,
                  Usage usage) {

        double perSecond() {
            return ok / seconds;
        }

        double millis(double percentile) {
            return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(5);

    private ClosedLoop() {
    }

    static Result run(String name, int clients, int warmupSeconds, int seconds, ClientFactory factory,
                      Callable<Usage.Probe> probe) throws Exception {
        var opened = new ArrayList<Client>();
        try {
            for (int i = 0; i < clients; i++) {
                opened.add(factory.open(i));
            }
            var histograms = new ArrayList<Histogram>();
            var errors = new AtomicLong();
            var firstError = new StringBuffer();
            var done = new CountDownLatch(clients);
            long start = System.nanoTime();
            long windowStart = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
            long windowEnd = windowStart + TimeUnit.SECONDS.toNanos(seconds);
            List<Thread> threads = new ArrayList<>();
            for (Client client : opened) {
                var histogram = new Histogram(MAX_LATENCY_MICROS, 3);
                histograms.add(histogram);
                Operation operation = client.operation();
                var thread = new Thread(() -> {
                    try {
                        long now;
                        while ((now = System.nanoTime()) < windowEnd) {
                            boolean ok = true;
                            try {
                                operation.run();
                            } catch (Exception e) {
                                ok = false;
                                synchronized (firstError) {
                                    if (firstError.length() == 0) {
                                        firstError.append(e);
                                    }
                                }
                            }
                            long end = System.nanoTime();
                            if (now >= windowStart && end <= windowEnd) {
                                if (ok) {
                                    histogram.recordValue(Math.min(MAX_LATENCY_MICROS, (end - now) / 1000));
                                } else {
                                    errors.incrementAndGet();
                                }
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                }, name + "-client-" + threads.size());
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
            System.out.printf("[bench] %s: %d clients, %d s warm-up, then %d s measured%n", name, clients,
                    warmupSeconds, seconds);
            sleepUntil(windowStart);
            Usage.Probe before = probe.call();
            sleepUntil(windowEnd);
            Usage.Probe after = probe.call();
            done.await();
            var total = new Histogram(MAX_LATENCY_MICROS, 3);
            histograms.forEach(total::add);
            if (firstError.length() > 0) {
                System.out.println("[bench] " + name + ": first error: " + firstError);
            }
            return new Result(name, clients, seconds, total.getTotalCount(), errors.get(), total,
                    Usage.between(before, after));
        } finally {
            for (Client client : opened) {
                try {
                    client.close();
                } catch (Exception ignored) {
                    // best effort: the run is over
                }
            }
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
