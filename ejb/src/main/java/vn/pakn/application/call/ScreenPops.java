package vn.pakn.application.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.pakn.telephony.call.CallDirection;
import vn.pakn.telephony.call.CallPhase;
import vn.pakn.telephony.call.CallSnapshot;

/**
 * Turns "an operator answered" into a screen pop for that operator: observes {@link CallChanged} asynchronously,
 * independently of the persistence observer, and fires {@link ScreenPopReady} for the SSE endpoint. Each (call,
 * extension) pops once; after a transfer the operator taking the call gets a pop of their own.
 */
@ApplicationScoped
public class ScreenPops {

    private static final Logger LOG = Logger.getLogger(ScreenPops.class);
    private static final int REMEMBERED = 10_000;

    @Inject
    OperatorDirectory operators;

    @Inject
    CallerHistory history;

    @Inject
    Event<ScreenPopReady> ready;

    private final Set<String> popped = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<String, Boolean>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    void onCallChanged(@ObservesAsync CallChanged change) {
        CallSnapshot s = change.snapshot();
        if (!answeredByOperator(s) || !popped.add(s.linkedId() + "|" + s.extension())) {
            return;
        }
        try {
            operators.operatorAt(s.extension(), s.agent()).ifPresentOrElse(
                    user -> ready.fire(new ScreenPopReady(user,
                            history.popFor(s.linkedId(), s.citizenNumber(), s.queue(), s.extension(), s.answeredAt()),
                            change.receivedNanos())),
                    () -> LOG.infof("PAKN0803: call %s answered at extension %s, which no single active operator "
                            + "account has: no screen pop", s.linkedId(), s.extension()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "PAKN0804: screen pop for call %s failed: %s", s.linkedId(), e.getMessage());
        }
    }

    /** Connected to an operator: the inbound call was just answered (callbacks are placed by the operator). */
    static boolean answeredByOperator(CallSnapshot s) {
        return s.direction() == CallDirection.INBOUND && s.phase() == CallPhase.CONNECTED && s.extension() != null;
    }
}
