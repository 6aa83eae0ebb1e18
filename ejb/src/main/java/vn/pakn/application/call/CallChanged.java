package vn.pakn.application.call;

import java.util.Objects;
import vn.pakn.telephony.call.CallSnapshot;

/**
 * A call changed (CDI event, fired asynchronously by the AMI listener).
 *
 * @param snapshot the call now
 * @param revision increases with every snapshot the listener emits (seeded from the clock at start, so it also grows
 *                 across restarts); the store keeps the highest, so observers may run in any order
 * @param receivedNanos {@link System#nanoTime()} when the listener got the snapshot, for latency figures
 */
public record CallChanged(CallSnapshot snapshot, long revision, long receivedNanos) {
    public CallChanged {
        Objects.requireNonNull(snapshot, "snapshot");
    }
}
