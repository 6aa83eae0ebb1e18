package vn.pakn.application.intake;

import java.time.Instant;
import vn.pakn.domain.model.shared.Channel;

/**
 * An accepted submission on its way into the journal: checked, with its received time and the forwarding deadline
 * the receipt will promise; the tracking code is drawn when it is written.
 *
 * @param payload the submitted command as JSON, from which the case is opened later
 */
public record JournalEntry(Channel channel, String idempotencyKey, Instant receivedAt, Instant forwardDueAt, String payload,
                           String submittedBy) {
}
