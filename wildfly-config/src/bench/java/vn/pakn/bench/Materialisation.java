package vn.pakn.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How far the intake journal's background materialiser is behind: accepted reports (journal rows) against opened
 * cases (reports), counted in the database. The intake half acknowledges a report when its journal row commits; this
 * tells, honestly, how fast the cases follow: during the load, and after it stops, how long until every accepted
 * report is a case.
 */
final class Materialisation {

    /** A reading: journal rows still waiting for their case, failed ones, and reports (= opened cases) so far. */
    record Count(long nanoTime, long pending, long failed, long reports, long serverCpuNanos) {
    }

    /** The drain after the load stopped. */
    record Drain(Count atStop, Count atEnd, boolean complete) {

        double seconds() {
            return (atEnd.nanoTime() - atStop.nanoTime()) / 1e9;
        }

        double casesPerSecond() {
            return (atEnd.reports() - atStop.reports()) / Math.max(1e-9, seconds());
        }

        double serverMillisPerCase() {
            long cases = atEnd.reports() - atStop.reports();
            return cases == 0 ? 0 : (atEnd.serverCpuNanos() - atStop.serverCpuNanos()) / 1e6 / cases;
        }
    }

    private Materialisation() {
    }

    static Count count(BenchPostgres db, Optional<ProcessHandle> server) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT (SELECT COUNT(*) FROM inbox_item WHERE status = 'PENDING' AND forward_due_at IS NOT NULL),
                       (SELECT COUNT(*) FROM inbox_item WHERE status = 'FAILED' AND forward_due_at IS NOT NULL),
                       (SELECT COUNT(*) FROM report)""")) {
            rs.next();
            long cpu = server.map(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).orElse(0L);
            return new Count(System.nanoTime(), rs.getLong(1), rs.getLong(2), rs.getLong(3), cpu);
        }
    }

    /** Polls until no journal row waits for its case, or the limit passes. */
    static Drain drain(BenchPostgres db, Optional<ProcessHandle> server, Duration limit) throws Exception {
        Count atStop = count(db, server);
        long end = atStop.nanoTime() + limit.toNanos();
        Count now = atStop;
        while (now.pending() > 0 && System.nanoTime() < end) {
            Thread.sleep(200);
            now = count(db, server);
        }
        return new Drain(atStop, now, now.pending() == 0);
    }

    static String describe(Count windowStart, Count windowEnd, double windowSeconds, Drain drain) {
        double duringLoad = (windowEnd.reports() - windowStart.reports()) / windowSeconds;
        return String.format(Locale.ROOT, """
                Materialisation (journal row -> case, in the background):
                  cases opened during the measured window   %10.1f per second
                  accepted but not yet a case at load stop  %10d
                  time until every accepted report is a case %9.1f s%s
                  cases opened per second in that drain     %10.1f   (WildFly CPU %.2f ms per case)
                  journal rows FAILED                       %10d""",
                duringLoad, drain.atStop().pending(), drain.seconds(), drain.complete() ? "" : " (NOT drained: limit reached)",
                drain.casesPerSecond(), drain.serverMillisPerCase(), drain.atEnd().failed());
    }
}
