package vn.pakn.infrastructure.scheduling;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.pakn.application.deadline.DeadlineSweep;
import vn.pakn.application.deadline.DeadlineWatch;

/**
 * Warns units before their deadlines and flags and escalates overdue assignments. Ticks every minute on
 * every node; a tick does work only on the node that holds the {@value #JOB} lease
 * ({@link JobLease}), and at most every {@link SchedulingSettings#DEADLINE_MONITOR_PERIOD} minutes. Each
 * assignment is handled in its own transaction by {@link DeadlineSweep}, whose conditional updates make a
 * warning or an escalation happen once even if two nodes ran at the same moment.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineMonitor {

    public static final String JOB = "deadline-monitor";
    private static final Logger LOG = Logger.getLogger(DeadlineMonitor.class);

    @Inject
    private JobLease lease;

    @Inject
    private DeadlineSweep sweep;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = SchedulingSettings.DEADLINE_MONITOR_PERIOD, defaultValue = SchedulingSettings.Defaults.DEADLINE_MONITOR_PERIOD)
    private int periodMinutes;

    @Inject
    @ConfigProperty(name = SchedulingSettings.DEADLINE_MONITOR_BATCH, defaultValue = SchedulingSettings.Defaults.DEADLINE_MONITOR_BATCH)
    private int batchSize;

    @Inject
    @ConfigProperty(name = SchedulingSettings.TIMERS_ENABLED, defaultValue = SchedulingSettings.Defaults.TIMERS_ENABLED)
    private boolean enabled;

    private final TickGuard guard = new TickGuard(DeadlineMonitor.class, "PAKN0203: deadline monitor tick failed (%s); the next tick tries again");

    @Schedule(minute = "*", hour = "*", persistent = false, info = JOB)
    void tick() {
        if (enabled) {
            guard.run(this::runOnce);
        }
    }

    /** One run if this node gets the lease; what was done, by decision. */
    public Map<DeadlineWatch.Decision, Integer> runOnce() {
        var done = new EnumMap<DeadlineWatch.Decision, Integer>(DeadlineWatch.Decision.class);
        var now = clock.instant();
        if (!lease.acquire(JOB, SchedulingSettings.NODE, now, Duration.ofMinutes(Math.max(1, periodMinutes)))) {
            return done;
        }
        for (Long id : sweep.candidates(now, Math.max(1, batchSize))) {
            try {
                done.merge(sweep.handle(id, now), 1, Integer::sum);
            } catch (RuntimeException e) {
                LOG.warnf("PAKN0204: assignment %d skipped this tick (%s)", id, e.getClass().getName());
                LOG.debug("deadline monitor failure", e);
            }
        }
        if (done.containsKey(DeadlineWatch.Decision.WARN) || done.containsKey(DeadlineWatch.Decision.FLAG_OVERDUE)) {
            LOG.infof("PAKN0205: deadline monitor: %d warned, %d flagged overdue",
                    done.getOrDefault(DeadlineWatch.Decision.WARN, 0), done.getOrDefault(DeadlineWatch.Decision.FLAG_OVERDUE, 0));
        }
        return done;
    }
}
