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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.pakn.application.deadline.PublishedCaseCloser;

/**
 * Closes published cases once their reopen window ({@code pakn.reopen.window.days}) has passed. Ticks every
 * minute, works every {@link SchedulingSettings#REOPEN_CLOSER_PERIOD} minutes on the node holding the
 * {@value #JOB} lease; each case is closed in its own locked transaction by {@link PublishedCaseCloser}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReopenWindowCloser {

    public static final String JOB = "reopen-window-closer";
    private static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ReopenWindowCloser.class);

    @Inject
    private JobLease lease;

    @Inject
    private PublishedCaseCloser closer;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = SchedulingSettings.REOPEN_CLOSER_PERIOD, defaultValue = SchedulingSettings.Defaults.REOPEN_CLOSER_PERIOD)
    private int periodMinutes;

    @Inject
    @ConfigProperty(name = SchedulingSettings.TIMERS_ENABLED, defaultValue = SchedulingSettings.Defaults.TIMERS_ENABLED)
    private boolean enabled;

    private final TickGuard guard = new TickGuard(ReopenWindowCloser.class, "PAKN0212: reopen-window closer tick failed (%s); the next tick tries again");

    @Schedule(minute = "*", hour = "*", persistent = false, info = JOB)
    void tick() {
        if (enabled) {
            guard.run(this::runOnce);
        }
    }

    /** One run if this node gets the lease; the number of cases closed. */
    public int runOnce() {
        var now = clock.instant();
        if (!lease.acquire(JOB, SchedulingSettings.NODE, now, Duration.ofMinutes(Math.max(1, periodMinutes)))) {
            return 0;
        }
        int closed = 0;
        for (Long id : closer.expired(now, BATCH)) {
            try {
                closed += closer.close(id, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf("PAKN0213: case %d not closed this time (%s)", id, e.getClass().getName());
                LOG.debug("reopen-window closer failure", e);
            }
        }
        return closed;
    }
}
