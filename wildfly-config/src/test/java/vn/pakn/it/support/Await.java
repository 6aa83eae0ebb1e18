package vn.pakn.it.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until something the server does asynchronously (an AMI event stored, an index updated) has happened. */
public final class Await {

    private static final long POLL_MILLIS = 100;

    private Await() {
    }

    /** The first value of {@code probe} that {@code done} accepts; fails with the last value after {@code timeout}. */
    public static <T> T value(Supplier<T> probe, Predicate<T> done, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached within " + timeout + ": " + last);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            last = probe.get();
        }
        return last;
    }
}
