package vn.pakn.telephony.emulator;

import java.time.Duration;
import java.time.Instant;

/**
 * Time of a simulated call. {@link #virtual(Instant)} moves instantly and stamps events with made-up but exact
 * times (tests get exact wait and talk times without sleeping); {@link #realTime(double)} sleeps, scaled, and
 * stamps the wall clock (demo mode).
 */
public interface ScenarioClock {

    Instant now();

    void advance(Duration d);

    static ScenarioClock virtual(Instant start) {
        return new ScenarioClock() {
            private Instant now = start;

            @Override
            public synchronized Instant now() {
                return now;
            }

            @Override
            public synchronized void advance(Duration d) {
                now = now.plus(d);
            }
        };
    }

    /** @param scale 1.0 = real durations, 0.1 = ten times faster */
    static ScenarioClock realTime(double scale) {
        return new ScenarioClock() {
            @Override
            public Instant now() {
                return Instant.now();
            }

            @Override
            public void advance(Duration d) {
                long ms = (long) (d.toMillis() * scale);
                if (ms > 0) {
                    try {
                        Thread.sleep(ms);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
    }
}
