package vn.pakn.application.call;

import java.util.Objects;
import vn.pakn.telephony.call.CallSnapshot;

/**
 * An operator just answered an inbound call (CDI event, fired asynchronously by the AMI listener apart from
 * {@link CallChanged}, so that a screen pop never queues behind database writes).
 *
 * @param snapshot      the call, connected to {@code snapshot.extension()}
 * @param receivedNanos {@link System#nanoTime()} when the listener got the snapshot
 */
public record OperatorAnswered(CallSnapshot snapshot, long receivedNanos) {
    public OperatorAnswered {
        Objects.requireNonNull(snapshot, "snapshot");
    }
}
