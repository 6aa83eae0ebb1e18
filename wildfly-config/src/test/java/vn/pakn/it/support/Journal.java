package vn.pakn.it.support;

import java.time.Duration;

/**
 * The intake journal seen from the database: a portal submit is acknowledged once its journal row is committed and
 * its case is opened a moment later in the background, so tests that read the case's tables wait for it here.
 */
public final class Journal {

    private static final Duration OPENING = Duration.ofSeconds(30);

    private Journal() {
    }

    /** Waits until the report with this tracking code exists (its case is opened). */
    public static void awaitOpened(String trackingCode) {
        Await.value(() -> ItDatabase.count("SELECT COUNT(*) FROM report WHERE tracking_code = ?", trackingCode), n -> n == 1, OPENING);
    }

    /**
     * A tracking code no report has, with a valid check digit, found through the server's own check: of the ten
     * endings of a random nine-digit stem, the one the look-up answers 404 (not 400, wrong check digit) for.
     */
    public static String freeTrackingCode(Api api) {
        while (true) {
            String stem = String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000));
            for (int d = 0; d < 10; d++) {
                int status = api.get("api/public/reports/" + stem + d).status();
                if (status == 404) {
                    return stem + d;
                }
                if (status == 200) {
                    break;
                }
            }
        }
    }

    /** Waits until no journaled submission is waiting for its case, so row counts stand still. */
    public static void awaitDrained() {
        Await.value(() -> ItDatabase.count("SELECT COUNT(*) FROM inbox_item WHERE status = 'PENDING' AND forward_due_at IS NOT NULL"),
                n -> n == 0, OPENING);
    }
}
