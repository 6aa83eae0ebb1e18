package vn.pakn.telephony.agi;

/** Port implemented by the server: stores a survey score against its call (idempotent by Linkedid). */
@FunctionalInterface
public interface SurveyRecorder {
    void record(SurveyAnswer answer);
}
