package vn.pakn.telephony.agi;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import vn.pakn.telephony.CallerHungUpException;

/**
 * IVR (a): the caller keys a 10-digit tracking code; the check digit is verified before any lookup; the case state
 * and due date are spoken with pre-recorded prompts plus SAY DIGITS / SAY DATE. Three tries. Sets
 * {@code PAKN_IVR_RESULT} (FOUND, NOT_FOUND, INVALID, NO_INPUT) for the dialplan.
 *
 * <p>Stateless and thread-safe: one instance serves every call.
 */
public final class StatusLookupScript implements AgiScript {

    static final int ATTEMPTS = 3;
    static final long KEY_TIMEOUT_MS = 10_000;

    private static final System.Logger LOG = System.getLogger(StatusLookupScript.class.getName());

    private final CaseStatusLookup lookup;
    private final TrackingCodeVerifier verifier;

    public StatusLookupScript(CaseStatusLookup lookup, TrackingCodeVerifier verifier) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) {
        IvrCall call = new IvrCall(channel);
        try {
            call.answer();
            String result = "NO_INPUT";
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                String code = call.keys(IvrPrompts.ENTER_CODE, KEY_TIMEOUT_MS, TrackingCodeVerifier.LENGTH);
                if (code.isEmpty()) {
                    call.play(IvrPrompts.NO_INPUT);
                    result = "NO_INPUT";
                    continue;
                }
                if (!verifier.isValid(code)) {
                    call.play(IvrPrompts.INVALID_CODE); // wrong length or check digit: nothing is looked up
                    result = "INVALID";
                    continue;
                }
                Optional<CaseStatus> status = lookup.find(code);
                if (status.isEmpty()) {
                    call.play(IvrPrompts.NOT_FOUND);
                    result = "NOT_FOUND";
                    continue;
                }
                speak(call, status.get());
                result = "FOUND";
                break;
            }
            call.set("PAKN_IVR_RESULT", result);
            call.play(IvrPrompts.GOODBYE);
            call.hangup();
        } catch (CallerHungUpException e) {
            LOG.log(Level.DEBUG, "caller left the status lookup early");
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "PAKN-TEL-0032 status lookup failed", e);
            apologise(call);
        }
    }

    private static void speak(IvrCall call, CaseStatus s) {
        call.play(IvrPrompts.YOUR_CASE);
        call.sayDigits(s.trackingCode());
        call.play(IvrPrompts.STATE_PREFIX + s.state().toLowerCase(Locale.ROOT));
        if (s.dueDate() != null) {
            call.play(IvrPrompts.DUE_DATE);
            call.sayDate(s.dueDate());
        }
    }

    static void apologise(IvrCall call) {
        try {
            call.play(IvrPrompts.TECHNICAL_PROBLEM);
        } catch (RuntimeException ignored) {
            // the caller may be gone already
        }
        call.hangup();
    }
}
