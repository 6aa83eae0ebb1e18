package vn.pakn.infrastructure.scheduling;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Runs a timer's work so that a tick that comes while the previous one is still busy on this node is
 * skipped, and a failure is logged (class name only: messages may quote data) instead of reaching the
 * timer service. Not a cross-node lock: that is {@link JobLease}'s job.
 */
public final class TickGuard {

    private final AtomicBoolean running = new AtomicBoolean();
    private final Logger log;
    private final String failureMessage;

    /** @param failureMessage logged with the exception class, e.g. "PAKN0203: deadline monitor tick failed (%s)" */
    public TickGuard(Class<?> owner, String failureMessage) {
        this.log = Logger.getLogger(owner);
        this.failureMessage = failureMessage;
    }

    public void run(Runnable work) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            log.errorf(failureMessage, e.getClass().getName());
            log.debug("timer failure", e);
        } finally {
            running.set(false);
        }
    }
}
