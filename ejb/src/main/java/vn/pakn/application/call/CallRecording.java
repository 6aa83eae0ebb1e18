package vn.pakn.application.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Stores every call change: observes {@link CallChanged} asynchronously, one transaction per snapshot. */
@ApplicationScoped
public class CallRecording {

    private static final Logger LOG = Logger.getLogger(CallRecording.class);

    @Inject
    CallRecords records;

    void onCallChanged(@ObservesAsync CallChanged change) {
        try {
            records.record(change.snapshot(), change.revision());
        } catch (RuntimeException e) {
            // The next snapshot of the call carries the whole state again, so a failed write heals itself.
            LOG.warnf(e, "PAKN0805: call %s not stored (revision %d): %s", change.snapshot().linkedId(),
                    change.revision(), e.getMessage());
        }
    }
}
