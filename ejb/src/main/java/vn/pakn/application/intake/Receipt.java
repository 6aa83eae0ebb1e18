package vn.pakn.application.intake;

import java.time.Instant;
import vn.pakn.domain.model.cases.CaseState;

/** What the submitter gets back at once: the tracking code, and the time by which the report will be forwarded. */
public record Receipt(String trackingCode, CaseState state, Instant receivedAt, Instant forwardDueAt, boolean replayed) {

    /** The same receipt, given again to a retry with the same idempotency key. */
    public Receipt asReplay() {
        return new Receipt(trackingCode, state, receivedAt, forwardDueAt, true);
    }
}
