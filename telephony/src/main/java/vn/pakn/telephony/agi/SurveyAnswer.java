package vn.pakn.telephony.agi;

import java.time.Instant;

/**
 * A post-call satisfaction score.
 *
 * @param linkedId     the call it rates (Linkedid, as in the call model)
 * @param callerNumber the caller, normalised
 * @param score        1 (very dissatisfied) … 5 (very satisfied)
 */
public record SurveyAnswer(String linkedId, String callerNumber, int score, Instant answeredAt) {
    public SurveyAnswer {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score must be 1..5 but was " + score);
        }
    }
}
