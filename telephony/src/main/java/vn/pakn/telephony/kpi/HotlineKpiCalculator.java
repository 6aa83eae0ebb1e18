package vn.pakn.telephony.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import vn.pakn.telephony.agi.SurveyAnswer;
import vn.pakn.telephony.call.CallDirection;
import vn.pakn.telephony.call.CallOutcome;
import vn.pakn.telephony.call.CallSnapshot;

/**
 * Computes {@link HotlineKpis} from ended call snapshots and survey answers. Pure arithmetic, no I/O: the server feeds
 * it the calls of a period from its database. Calls still in progress are ignored. Thread-safe (immutable).
 */
public final class HotlineKpiCalculator {

    private final KpiSettings settings;

    public HotlineKpiCalculator(KpiSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The figures over all given calls. */
    public HotlineKpis compute(Collection<CallSnapshot> calls, Collection<SurveyAnswer> surveys) {
        Map<String, List<SurveyAnswer>> byCall = surveysByCall(surveys);
        return compute(calls, byCall);
    }

    /** Per queue (calls without a queue — callbacks, IVR-only — under the empty string). */
    public Map<String, HotlineKpis> byQueue(Collection<CallSnapshot> calls, Collection<SurveyAnswer> surveys) {
        return groupBy(calls, surveys, c -> c.queue() == null ? "" : c.queue());
    }

    /** Per operator extension ({@link CallSnapshot#operator()}); calls nobody answered are left out. */
    public Map<String, HotlineKpis> byOperator(Collection<CallSnapshot> calls, Collection<SurveyAnswer> surveys) {
        List<CallSnapshot> handled = calls.stream().filter(c -> c.operator().isPresent()).toList();
        return groupBy(handled, surveys, c -> c.operator().orElseThrow());
    }

    /**
     * Per period starting at the bucket's local time in {@link KpiSettings#zone()}; a call belongs to the period in
     * which it was offered (or started, if never offered).
     *
     * @param unit {@link ChronoUnit#HOURS}, {@link ChronoUnit#DAYS} …
     */
    public Map<LocalDateTime, HotlineKpis> byPeriod(Collection<CallSnapshot> calls, Collection<SurveyAnswer> surveys,
            ChronoUnit unit) {
        return new TreeMap<>(groupBy(calls, surveys, c -> {
            Instant at = c.offeredAt() != null ? c.offeredAt() : c.startedAt();
            return LocalDateTime.ofInstant(at, settings.zone()).truncatedTo(unit);
        }));
    }

    /** Any grouping the server needs (queue × day, category, …). */
    public <K> Map<K, HotlineKpis> groupBy(Collection<CallSnapshot> calls, Collection<SurveyAnswer> surveys,
            Function<CallSnapshot, K> key) {
        Map<String, List<SurveyAnswer>> byCall = surveysByCall(surveys);
        Map<K, List<CallSnapshot>> groups = new HashMap<>();
        for (CallSnapshot c : calls) {
            if (c.isEnded()) {
                groups.computeIfAbsent(key.apply(c), k -> new java.util.ArrayList<>()).add(c);
            }
        }
        Map<K, HotlineKpis> out = new HashMap<>();
        groups.forEach((k, v) -> out.put(k, compute(v, byCall)));
        return out;
    }

    private HotlineKpis compute(Collection<CallSnapshot> calls, Map<String, List<SurveyAnswer>> surveys) {
        long offered = 0;
        long answered = 0;
        long abandoned = 0;
        long shortAbandoned = 0;
        long overflow = 0;
        long inThreshold = 0;
        long messages = 0;
        long callbacks = 0;
        long callbacksCompleted = 0;
        long surveyCount = 0;
        long surveySum = 0;
        Duration waitSum = Duration.ZERO;
        Duration talkSum = Duration.ZERO;
        for (CallSnapshot c : calls) {
            if (!c.isEnded()) {
                continue;
            }
            for (SurveyAnswer s : surveys.getOrDefault(c.linkedId(), List.of())) {
                surveyCount++;
                surveySum += s.score();
            }
            if (c.outcome() == CallOutcome.VOICEMAIL) {
                messages++;
            }
            if (c.direction() == CallDirection.CALLBACK) {
                callbacks++;
                if (c.answeredAt() != null) {
                    callbacksCompleted++;
                }
                continue;
            }
            if (c.offeredAt() == null) {
                continue; // IVR only or out of hours: never offered to an operator
            }
            offered++;
            Duration wait = c.waitTime() == null ? Duration.ZERO : c.waitTime();
            if (c.outcome() == CallOutcome.ANSWERED) {
                answered++;
                waitSum = waitSum.plus(wait);
                talkSum = talkSum.plus(c.talkTime() == null ? Duration.ZERO : c.talkTime());
                if (wait.compareTo(settings.serviceLevelThreshold()) <= 0) {
                    inThreshold++;
                }
            } else if (c.outcome() == CallOutcome.ABANDONED) {
                if (wait.compareTo(settings.shortAbandonThreshold()) < 0) {
                    shortAbandoned++;
                } else {
                    abandoned++;
                }
            } else if (c.outcome() == CallOutcome.VOICEMAIL) {
                overflow++;
            }
        }
        long base = offered - shortAbandoned;
        long slBase = settings.abandonsCountAgainstServiceLevel() ? base : answered;
        return new HotlineKpis(offered, answered, abandoned, shortAbandoned, overflow, inThreshold,
                ratio(abandoned, base), ratio(inThreshold, slBase), mean(waitSum, answered), mean(talkSum, answered),
                messages, callbacks, callbacksCompleted, surveyCount,
                surveyCount == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) surveySum / surveyCount));
    }

    private static Map<String, List<SurveyAnswer>> surveysByCall(Collection<SurveyAnswer> surveys) {
        Map<String, List<SurveyAnswer>> out = new HashMap<>();
        for (SurveyAnswer s : surveys) {
            out.computeIfAbsent(s.linkedId(), k -> new java.util.ArrayList<>()).add(s);
        }
        return out;
    }

    private static OptionalDouble ratio(long part, long whole) {
        return whole <= 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }

    private static Optional<Duration> mean(Duration sum, long n) {
        return n == 0 ? Optional.empty() : Optional.of(sum.dividedBy(n));
    }
}
