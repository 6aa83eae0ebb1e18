package vn.pakn.application.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * (Re)builds the per-day statistics table in the background: at start-up when the migration left it empty (or the
 * calendar changed while the server was down), and when a refresh found the working calendar changed (checked every
 * few minutes, and at once by {@link #rebuildIfNeeded()}). A month at a time, each in its own transaction, so a
 * rebuild of years of cases does not hold one huge transaction. Until it is done the statistics are computed from
 * the cases.
 */
@Startup
@Singleton
@jakarta.ejb.Lock(jakarta.ejb.LockType.READ)
@DependsOn({"SchemaMigrator", "DemoDataLoader"})
public class DailyStatisticsBuilder {

    private static final Logger LOG = Logger.getLogger(DailyStatisticsBuilder.class);

    @Inject
    private DailyStatistics daily;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = StatisticsSettings.DAILY, defaultValue = StatisticsSettings.Defaults.DAILY)
    private boolean enabled;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        rebuildIfNeeded();
    }

    /** Every five minutes: a calendar edit made on any node empties the table; rebuild it. */
    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void check() {
        rebuildIfNeeded();
    }

    /** Starts a rebuild in the background if the table needs one and none is running. */
    public void rebuildIfNeeded() {
        if (enabled && !running.get() && daily.needsRebuild() && running.compareAndSet(false, true)) {
            executor.submit(this::rebuild);
        }
    }

    private void rebuild() {
        try {
            String calendar = daily.calendarKey();
            Instant started = daily.startRebuild();
            var days = daily.caseDays();
            long t0 = System.nanoTime();
            LOG.infof("PAKN1502: rebuilding the per-day statistics%s", days.map(d -> " from " + d[0] + " to " + d[1]).orElse(""));
            if (days.isPresent()) {
                for (LocalDate month = days.get()[0].withDayOfMonth(1); !month.isAfter(days.get()[1]); month = month.plusMonths(1)) {
                    daily.rebuildDays(month, month.plusMonths(1).minusDays(1));
                }
            }
            daily.finishRebuild(started, calendar);
            LOG.infof("PAKN1503: per-day statistics rebuilt in %d s", (System.nanoTime() - t0) / 1_000_000_000L);
        } catch (RuntimeException e) {
            LOG.errorf(e, "PAKN1504: rebuilding the per-day statistics failed; statistics are computed from the cases until the next try");
        } finally {
            running.set(false);
        }
    }
}
