package vn.pakn.telephony.agi;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import vn.pakn.telephony.CallerHungUpException;
import vn.pakn.telephony.call.PhoneNumbers;

/**
 * IVR (b): after the operator hangs up, the caller rates the call with one key 1–5; the score is stored against the
 * call's Linkedid (taken from {@code ?linkedid=} in the AGI URL, else {@code ${CHANNEL(linkedid)}}). Two tries.
 *
 * <p>Stateless and thread-safe.
 */
public final class SurveyScript implements AgiScript {

    private static final System.Logger LOG = System.getLogger(SurveyScript.class.getName());

    private final SurveyRecorder recorder;
    private final PhoneNumbers phones;
    private final Clock clock;

    public SurveyScript(SurveyRecorder recorder, PhoneNumbers phones, Clock clock) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.phones = Objects.requireNonNull(phones, "phones");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) {
        IvrCall call = new IvrCall(channel);
        try {
            call.answer();
            String linkedId = linkedId(request, call);
            for (int attempt = 1; attempt <= 2; attempt++) {
                String key = call.keys(IvrPrompts.SURVEY_QUESTION, 8_000, 1);
                if (key.length() == 1 && key.charAt(0) >= '1' && key.charAt(0) <= '5') {
                    int score = key.charAt(0) - '0';
                    recorder.record(new SurveyAnswer(linkedId, phones.normalise(request.getCallerIdNumber()), score,
                            clock.instant()));
                    call.set("PAKN_SURVEY", String.valueOf(score));
                    call.play(IvrPrompts.THANK_YOU);
                    break;
                }
                call.play(IvrPrompts.INVALID_CHOICE);
            }
            call.hangup();
        } catch (CallerHungUpException e) {
            LOG.log(Level.DEBUG, "caller left the survey");
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "PAKN-TEL-0033 survey failed", e);
            StatusLookupScript.apologise(call);
        }
    }

    static String linkedId(AgiRequest request, IvrCall call) {
        String fromUrl = request.getParameter("linkedid");
        if (fromUrl != null && !fromUrl.isBlank()) {
            return fromUrl;
        }
        String fromChannel = call.variable("${CHANNEL(linkedid)}");
        return fromChannel != null && !fromChannel.isBlank() ? fromChannel : request.getUniqueId();
    }
}
