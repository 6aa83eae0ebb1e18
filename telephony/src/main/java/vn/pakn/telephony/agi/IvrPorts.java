package vn.pakn.telephony.agi;

import java.util.Objects;

/** The server's implementations of the IVR ports; {@code verifier} defaults to {@link TrackingCodeVerifier#damm()}. */
public record IvrPorts(CaseStatusLookup statusLookup, SurveyRecorder surveyRecorder, VoicemailIntake voicemailIntake,
        TrackingCodeVerifier verifier) {

    public IvrPorts {
        Objects.requireNonNull(statusLookup, "statusLookup");
        Objects.requireNonNull(surveyRecorder, "surveyRecorder");
        Objects.requireNonNull(voicemailIntake, "voicemailIntake");
        verifier = verifier == null ? TrackingCodeVerifier.damm() : verifier;
    }

    public IvrPorts(CaseStatusLookup statusLookup, SurveyRecorder surveyRecorder, VoicemailIntake voicemailIntake) {
        this(statusLookup, surveyRecorder, voicemailIntake, null);
    }
}
