package vn.pakn.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * One clock for the whole application, so that deadline code never calls Instant.now() directly. It ticks in
 * microseconds, the precision both databases keep, so an instant reads back exactly as it was written.
 * Call {@code instant()}, never {@code millis()}: a tick clock finer than a millisecond divides by zero there
 * (JDK 17 {@code Clock.TickClock.millis}).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
