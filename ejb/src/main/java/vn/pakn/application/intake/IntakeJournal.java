package vn.pakn.application.intake;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.pakn.application.WorkingCalendarService;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.domain.model.shared.DomainException;

/**
 * The durable intake journal. {@link #accept} checks a submission as intake does (so bad input is refused before
 * anything is written), computes the forwarding deadline and queues it for the group-commit writer, which journals
 * every queued submission in one transaction; the receipt leaves only after that commit, so a report acknowledged
 * with a tracking code survives kill -9 right after the response. The materialiser then opens the cases from the
 * journal in the background, in journal order, and resumes unfinished rows after a restart.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IntakeJournal {

    private static final Logger LOG = Logger.getLogger(IntakeJournal.class);
    /** A row whose case failed to open this many times in a row is marked FAILED (a passing fault gets retries). */
    static final int ATTEMPTS_BEFORE_FAILED = 3;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private JournalStore store;

    @Inject
    private JournalMaterialiser materialiser;

    @Inject
    private IntakeCodes codes;

    @Inject
    private WorkingCalendarService calendars;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "pakn.intake.journal.batch", defaultValue = "200")
    private int journalBatch;

    @Inject
    @ConfigProperty(name = "pakn.intake.journal.timeout.seconds", defaultValue = "30")
    private int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "pakn.intake.materialise.batch", defaultValue = "20")
    private int materialiseBatch;

    @Inject
    @ConfigProperty(name = "pakn.intake.materialise.poll.millis", defaultValue = "1000")
    private long pollMillis;

    private GroupCommit<JournalEntry, Receipt> commits;
    private Thread writer;
    private Thread opener;
    private final Object wake = new Object();
    private boolean woken;
    private volatile boolean running = true;
    private final Map<Long, Integer> failures = new HashMap<>();

    @PostConstruct
    void start() {
        commits = new GroupCommit<>(journalBatch, store::append, store::appendOne, this::wakeMaterialiser);
        writer = threads.newThread(commits);
        opener = threads.newThread(this::materialiseLoop);
        writer.start();
        opener.start();
        LOG.infof("PAKN1800: intake journal started (group commit up to %d, cases opened %d per transaction)", journalBatch,
                materialiseBatch);
    }

    @PreDestroy
    void stop() {
        running = false;
        commits.stop();
        wakeMaterialiser();
        join(writer);
        join(opener);
    }

    /**
     * Checks and journals a submission; returns its receipt once it is committed (or the receipt of the earlier
     * submission with the same idempotency key, marked replayed).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Receipt accept(SubmitReport cmd, Channel channel, String idempotencyKey, String submittedBy) {
        Instant now = clock.instant();
        IntakeChecks.check(cmd);
        int forwardDays = codes.forwardWorkingDays(cmd.categoryCode(), cmd.areaCode());
        Instant forwardDue = calendars.current().addWorkingDays(now, forwardDays);
        var entry = new JournalEntry(channel, idempotencyKey, now, forwardDue, JournalPayload.write(cmd), submittedBy);
        try {
            return commits.submit(entry, Duration.ofSeconds(timeoutSeconds));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DomainException refusal) {
                throw refusal;
            }
            throw new IllegalStateException("PAKN1802: the intake journal could not store the submission", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("PAKN1803: the intake journal did not commit within " + timeoutSeconds + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("PAKN1803: interrupted while waiting for the intake journal", e);
        }
    }

    private void materialiseLoop() {
        while (running) {
            int done;
            try {
                done = materialiser.materialiseNext(materialiseBatch);
            } catch (RuntimeException batchFailed) {
                done = oneByOne();
            }
            if (done == 0) {
                awaitWake();
            }
        }
    }

    /** After a failed batch: each row alone, so one bad row neither blocks the others nor takes them down with it. */
    private int oneByOne() {
        int done = 0;
        try {
            for (Long id : materialiser.pending(materialiseBatch)) {
                try {
                    if (materialiser.materialiseOne(id)) {
                        done++;
                        failures.remove(id);
                    }
                } catch (RuntimeException e) {
                    int attempts = failures.merge(id, 1, Integer::sum);
                    if (attempts >= ATTEMPTS_BEFORE_FAILED || unwrap(e) instanceof DomainException) {
                        materialiser.markFailed(id, reason(e));
                        failures.remove(id);
                        done++;
                    } else {
                        LOG.debugf("PAKN1804: journal row %s not opened (attempt %s): %s", id, (Object) attempts, reason(e));
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("PAKN1805: the journal materialiser could not reach the database, retrying: %s", e.getClass().getName());
        }
        return done;
    }

    /** The exception's class and, for a refusal, its stable code: never its message, which may quote personal data. */
    static String reason(RuntimeException e) {
        Throwable cause = unwrap(e);
        return cause instanceof DomainException d ? "refused: " + d.code() : cause.getClass().getName();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t instanceof jakarta.ejb.EJBException) {
            t = t.getCause();
        }
        return t;
    }

    private void wakeMaterialiser() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    private void awaitWake() {
        synchronized (wake) {
            try {
                if (!woken) {
                    wake.wait(pollMillis);
                }
            } catch (InterruptedException e) {
                running = false;
                Thread.currentThread().interrupt();
            }
            woken = false;
        }
    }

    private static void join(Thread t) {
        if (t == null) {
            return;
        }
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
