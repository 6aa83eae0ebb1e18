package vn.pakn.telephony.ami;

import java.time.Duration;
import java.util.Objects;

/**
 * A callback to place: the operator's phone rings first; when the operator answers, Asterisk runs
 * {@code context}/{@code citizenNumber} which dials the citizen.
 *
 * @param operatorEndpoint the operator's device, e.g. {@code PJSIP/101}
 * @param citizenNumber    number to call back, as the dialplan expects it (e.g. {@code 0912345678})
 * @param context          dialplan context that dials out, e.g. {@code pakn-callback}
 * @param callerId         caller id shown on the operator's phone
 * @param taskId           the server's callback task; Asterisk echoes it as {@code PAKN_CALLBACK} on the channel, so
 *                         the tracked call carries it
 * @param ringTimeout      how long the operator's phone rings
 */
public record CallbackRequest(String operatorEndpoint, String citizenNumber, String context, String callerId,
        String taskId, Duration ringTimeout) {

    public CallbackRequest {
        Objects.requireNonNull(operatorEndpoint, "operatorEndpoint");
        Objects.requireNonNull(citizenNumber, "citizenNumber");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(taskId, "taskId");
        if (!operatorEndpoint.contains("/")) {
            throw new IllegalArgumentException("operatorEndpoint must be TECH/resource, e.g. PJSIP/101, but was "
                    + operatorEndpoint);
        }
        if (!citizenNumber.matches("\\+?\\d{3,15}")) {
            throw new IllegalArgumentException("citizenNumber must be 3-15 digits but was " + citizenNumber);
        }
        ringTimeout = ringTimeout == null ? Duration.ofSeconds(30) : ringTimeout;
        callerId = callerId == null ? "PAKN <" + citizenNumber + ">" : callerId;
    }
}
