package vn.pakn.application.call;

import java.time.Duration;
import vn.pakn.telephony.kpi.HotlineKpis;

/**
 * The hotline KPIs of one group as JSON carries them: counts, rates as fractions 0..1 and times in seconds; a rate
 * or mean whose denominator is zero is null (not 0). Definitions: src/docs/hotline-kpis.md.
 */
public record HotlineFigures(long offered, long answered, long abandoned, long shortAbandoned,
        long overflowToVoicemail, long answeredInThreshold, Double abandonRate, Double serviceLevel,
        Double averageSpeedOfAnswerSeconds, Double averageHandleTimeSeconds, long messages, long callbacksMade,
        long callbacksCompleted, long surveyResponses, Double surveyScore) {

    static HotlineFigures of(HotlineKpis k) {
        return new HotlineFigures(k.offered(), k.answered(), k.abandoned(), k.shortAbandoned(),
                k.overflowToVoicemail(), k.answeredInThreshold(),
                k.abandonRate().isPresent() ? k.abandonRate().getAsDouble() : null,
                k.serviceLevel().isPresent() ? k.serviceLevel().getAsDouble() : null,
                k.averageSpeedOfAnswer().map(HotlineFigures::seconds).orElse(null),
                k.averageHandleTime().map(HotlineFigures::seconds).orElse(null), k.messages(), k.callbacksMade(),
                k.callbacksCompleted(), k.surveyResponses(),
                k.surveyScore().isPresent() ? k.surveyScore().getAsDouble() : null);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
