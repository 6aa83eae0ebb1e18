package vn.pakn.telephony.kpi;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The hotline figures of one group of calls (a period, a queue, an operator). Rates are fractions 0..1 and empty
 * when their denominator is zero. Definitions: telephony/README.md, "Hotline KPIs".
 *
 * @param offered            inbound calls that reached a queue
 * @param answered           offered calls an operator answered
 * @param abandoned          offered calls the caller hung up in the queue after at least the short-abandon threshold
 * @param shortAbandoned     abandons below the threshold (left out of rates)
 * @param overflowToVoicemail offered calls that ended in a recorded message instead of an operator
 * @param answeredInThreshold answered with a wait within the service-level threshold
 * @param abandonRate        abandoned / (offered − short abandons)
 * @param serviceLevel       answeredInThreshold / (offered − short abandons), or / answered (see KpiSettings)
 * @param averageSpeedOfAnswer mean measured wait of answered calls (QueueCallerJoin → AgentConnect)
 * @param averageHandleTime  mean talk time of answered calls (answer → hang-up, transfers included)
 * @param messages           all calls that ended as VOICEMAIL (out-of-hours included)
 * @param callbacksMade      callbacks placed
 * @param callbacksCompleted callbacks the citizen answered
 * @param surveyResponses    survey answers for the group's calls
 * @param surveyScore        mean score 1..5
 */
public record HotlineKpis(long offered, long answered, long abandoned, long shortAbandoned, long overflowToVoicemail,
        long answeredInThreshold, OptionalDouble abandonRate, OptionalDouble serviceLevel,
        Optional<Duration> averageSpeedOfAnswer, Optional<Duration> averageHandleTime, long messages,
        long callbacksMade, long callbacksCompleted, long surveyResponses, OptionalDouble surveyScore) {
}
