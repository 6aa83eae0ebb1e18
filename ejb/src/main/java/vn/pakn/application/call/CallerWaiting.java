package vn.pakn.application.call;

import java.util.Objects;
import vn.pakn.telephony.call.CallSnapshot;

/**
 * An inbound call is waiting in a queue (CDI event, fired asynchronously by the AMI listener): the time to look the
 * caller up, before an operator answers.
 */
public record CallerWaiting(CallSnapshot snapshot) {
    public CallerWaiting {
        Objects.requireNonNull(snapshot, "snapshot");
    }
}
