package vn.pakn.telephony.agi;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import vn.pakn.telephony.CallerHungUpException;
import vn.pakn.telephony.call.CallBook;
import vn.pakn.telephony.call.PhoneNumbers;

/**
 * IVR (c): out of hours the caller records a message (ends with '#', 2 minutes at most). The recording becomes a
 * report with a callback task through {@link VoicemailIntake}; the caller hears the report's tracking code. The file
 * is also set as {@code PAKN_VOICEMAIL} on the channel so the AMI call model marks the call VOICEMAIL with its
 * recording. A caller who hangs up during the recording still leaves a message.
 *
 * <p>Stateless and thread-safe.
 */
public final class VoicemailScript implements AgiScript {

    static final int MAX_RECORDING_MS = 120_000;

    private static final System.Logger LOG = System.getLogger(VoicemailScript.class.getName());

    private final VoicemailIntake intake;
    private final PhoneNumbers phones;
    private final String recordingDir;
    private final Clock clock;

    public VoicemailScript(VoicemailIntake intake, PhoneNumbers phones, String recordingDir, Clock clock) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.phones = Objects.requireNonNull(phones, "phones");
        this.recordingDir = Objects.requireNonNull(recordingDir, "recordingDir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) {
        IvrCall call = new IvrCall(channel);
        String linkedId = null;
        String file = null;
        boolean recording = false;
        boolean delivered = false;
        try {
            call.answer();
            linkedId = SurveyScript.linkedId(request, call);
            file = recordingDir + "/" + linkedId.replaceAll("[^0-9A-Za-z._-]", "_");
            call.play(IvrPrompts.OUT_OF_HOURS);
            recording = true;
            boolean completed = call.record(file, MAX_RECORDING_MS);
            String code = deliver(request, linkedId, file, completed);
            delivered = true;
            call.set(CallBook.VAR_VOICEMAIL, file + ".wav");
            call.play(IvrPrompts.MESSAGE_RECORDED);
            call.sayDigits(code);
            call.play(IvrPrompts.GOODBYE);
            call.hangup();
        } catch (CallerHungUpException e) {
            if (recording && !delivered) {
                deliver(request, linkedId, file, false);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "PAKN-TEL-0034 voicemail intake failed", e);
            StatusLookupScript.apologise(call);
        }
    }

    private String deliver(AgiRequest request, String linkedId, String file, boolean completed) {
        String raw = request.getCallerIdNumber();
        return intake.accept(new VoicemailMessage(linkedId, phones.normalise(raw), raw, file + ".wav", completed,
                clock.instant()));
    }
}
