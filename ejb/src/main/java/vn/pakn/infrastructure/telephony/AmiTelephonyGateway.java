package vn.pakn.infrastructure.telephony;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import vn.pakn.domain.model.call.TelephonyGateway;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.telephony.TelephonyException;
import vn.pakn.telephony.ami.CallbackRequest;

/**
 * Callbacks (AMI Originate) and operator breaks (AMI QueuePause) on the listener's action connection (its own, event
 * mask off).
 */
@ApplicationScoped
public class AmiTelephonyGateway implements TelephonyGateway {

    static final Duration RING_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    HotlineListener hotline;

    @Inject
    Config config;

    @Override
    public void callBack(String operatorExtension, String citizenNumber, long taskId) {
        var actions = hotline.actions().orElseThrow(() -> DomainException.conflict("hotline-off",
                "Tổng đài chưa kết nối nên không gọi lại được.", "The hotline is not connected; cannot call back."));
        String technology = technology();
        String context = config.getOptionalValue(HotlineSettings.CALLBACK_CONTEXT, String.class)
                .orElse(HotlineSettings.Defaults.CALLBACK_CONTEXT);
        try {
            actions.originateCallback(new CallbackRequest(endpoint(technology, operatorExtension),
                    dialString(citizenNumber), context, null, String.valueOf(taskId), RING_TIMEOUT));
        } catch (TelephonyException | IllegalArgumentException e) {
            throw DomainException.conflict("callback-failed", "Tổng đài không nhận lệnh gọi lại: " + e.getMessage(),
                    "Asterisk did not accept the callback: " + e.getMessage());
        }
    }

    @Override
    public void pause(String operatorExtension, boolean paused, String reason) {
        var actions = hotline.actions().orElseThrow(() -> DomainException.conflict("hotline-off",
                "Tổng đài chưa kết nối nên không đổi được trạng thái nghỉ.",
                "The hotline is not connected; the break cannot be switched."));
        try {
            actions.queuePause(null, endpoint(technology(), operatorExtension), paused, reason);
        } catch (TelephonyException | IllegalArgumentException e) {
            throw DomainException.conflict("pause-failed", "Tổng đài không nhận lệnh tạm nghỉ/trở lại: " + e.getMessage(),
                    "Asterisk did not accept the queue pause: " + e.getMessage());
        }
    }

    private String technology() {
        return config.getOptionalValue(HotlineSettings.OPERATOR_TECHNOLOGY, String.class)
                .orElse(HotlineSettings.Defaults.OPERATOR_TECHNOLOGY);
    }

    /** {@code 101} → {@code PJSIP/101}; an interface given in full is kept. */
    static String endpoint(String technology, String extension) {
        return extension.contains("/") ? extension : technology + "/" + extension;
    }

    /** Vietnamese numbers are dialled in national form ({@code +84912…} → {@code 0912…}), others as E.164 digits. */
    static String dialString(String number) {
        if (number.startsWith("+84")) {
            return "0" + number.substring(3);
        }
        return number;
    }
}
