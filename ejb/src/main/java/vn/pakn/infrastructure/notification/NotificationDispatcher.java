package vn.pakn.infrastructure.notification;

import jakarta.annotation.PostConstruct;
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
import vn.pakn.domain.model.notification.RetryPolicy;
import vn.pakn.infrastructure.scheduling.TickGuard;

/**
 * Delivers due outbox messages every 30 seconds on every node. Nodes share the work safely: each message is
 * claimed by a conditional update ({@link NotificationOutbox#claim}) before delivery, so it goes out once
 * even with two nodes; a failed delivery is retried with exponential backoff ({@link RetryPolicy}) and given
 * up after the last attempt. Delivery runs outside any transaction, so a slow channel holds no locks.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
    /** The longest run of one tick, within the 30-second period. */
    private static final Duration RUN_BUDGET = Duration.ofSeconds(25);

    @Inject
    private NotificationOutbox outbox;

    @Inject
    private NotificationChannel channel;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = NotificationSettings.BATCH_SIZE, defaultValue = NotificationSettings.Defaults.BATCH_SIZE)
    private int batchSize;

    @Inject
    @ConfigProperty(name = NotificationSettings.MAX_ATTEMPTS, defaultValue = NotificationSettings.Defaults.MAX_ATTEMPTS)
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = NotificationSettings.RETRY_INITIAL_DELAY, defaultValue = NotificationSettings.Defaults.RETRY_INITIAL_DELAY)
    private Duration initialDelay;

    @Inject
    @ConfigProperty(name = NotificationSettings.RETRY_MAX_DELAY, defaultValue = NotificationSettings.Defaults.RETRY_MAX_DELAY)
    private Duration maxDelay;

    @Inject
    @ConfigProperty(name = NotificationSettings.CLAIM_LEASE, defaultValue = NotificationSettings.Defaults.CLAIM_LEASE)
    private Duration claimLease;

    private RetryPolicy retry;
    private final TickGuard guard = new TickGuard(NotificationDispatcher.class, "PAKN0302: notification dispatch failed (%s); the next run tries again");

    @PostConstruct
    void init() {
        retry = new RetryPolicy(maxAttempts, initialDelay, maxDelay);
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "notification-dispatcher")
    void tick() {
        guard.run(this::deliverBacklog);
    }

    /**
     * Batch after batch while they come back full, for most of the period: after a storm the acknowledgements
     * drain at the mail server's pace, not a batch per 30 seconds (100 per 30 s is fewer than a storm brings).
     */
    private void deliverBacklog() {
        long end = System.nanoTime() + RUN_BUDGET.toNanos();
        while (deliverBatch().due() >= Math.max(1, batchSize) && System.nanoTime() < end) {
            LOG.debug("notification backlog: another batch");
        }
    }

    /** Delivers what is due now (one batch); the number of messages sent. */
    public int deliverDue() {
        return deliverBatch().sent();
    }

    /** How a batch went: messages found due, and of them sent. */
    private record Batch(int due, int sent) {
    }

    private Batch deliverBatch() {
        int sent = 0;
        var due = outbox.dueIds(clock.instant(), Math.max(1, batchSize));
        for (Long id : due) {
            var now = clock.instant();
            var claimed = outbox.claim(id, now, now.plus(claimLease));
            if (claimed.isEmpty()) {
                continue;
            }
            try {
                channel.deliver(claimed.get());
                outbox.delivered(id, clock.instant());
                sent++;
            } catch (Exception e) {
                boolean gaveUp = outbox.failed(id, clock.instant(), e.getClass().getName() + ": " + e.getMessage(), retry);
                LOG.warnf("PAKN0303: notification %d not delivered on attempt %d (%s)%s", id, claimed.get().getAttempts(),
                        e.getClass().getName(), gaveUp ? "; given up" : "; will retry");
            }
        }
        return new Batch(due.size(), sent);
    }
}
