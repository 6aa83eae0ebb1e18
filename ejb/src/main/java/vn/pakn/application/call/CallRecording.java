package vn.pakn.application.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Stores call changes: observes {@link CallChanged} asynchronously, one transaction per snapshot, skipping a snapshot
 * when a newer one of the same call is already on its way ({@link PendingCallWrites}).
 */
@ApplicationScoped
public class CallRecording {

    private static final Logger LOG = Logger.getLogger(CallRecording.class);

    @Inject
    CallRecords records;

    @Inject
    PendingCallWrites pending;

    void onCallChanged(@ObservesAsync CallChanged change) {
        if (pending.superseded(change)) {
            return;
        }
        try {
            records.record(change.snapshot(), change.revision());
        } catch (RuntimeException e) {
            // The next snapshot of the call carries the whole state again, so a failed write heals itself.
            LOG.warnf(e, "PAKN0805: call %s not stored (revision %d): %s", change.snapshot().linkedId(),
                    change.revision(), e.getMessage());
        } finally {
            pending.done(change);
        }
    }
}
