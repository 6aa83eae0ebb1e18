package vn.pakn.telephony.kpi;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Tunables of the hotline KPIs (definitions in telephony/README.md).
 *
 * @param serviceLevelThreshold  answered within this wait counts for the service level (default 20 s, inclusive)
 * @param shortAbandonThreshold  abandons with a shorter wait are "short abandons" (misdials, changed minds) and are
 *                               left out of abandoned, of the abandon rate and of the service level (default 5 s)
 * @param abandonsCountAgainstServiceLevel true (default): service level = answered within threshold / (offered −
 *                               short abandons), so every real abandon lowers it; false: … / answered
 * @param zone                   time zone of the period buckets (default Asia/Ho_Chi_Minh)
 */
public record KpiSettings(Duration serviceLevelThreshold, Duration shortAbandonThreshold,
        boolean abandonsCountAgainstServiceLevel, ZoneId zone) {

    public static final Duration DEFAULT_SERVICE_LEVEL_THRESHOLD = Duration.ofSeconds(20);
    public static final Duration DEFAULT_SHORT_ABANDON_THRESHOLD = Duration.ofSeconds(5);
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public KpiSettings {
        Objects.requireNonNull(serviceLevelThreshold, "serviceLevelThreshold");
        Objects.requireNonNull(shortAbandonThreshold, "shortAbandonThreshold");
        Objects.requireNonNull(zone, "zone");
        if (serviceLevelThreshold.isNegative() || shortAbandonThreshold.isNegative()) {
            throw new IllegalArgumentException("thresholds must not be negative: service level "
                    + serviceLevelThreshold + ", short abandon " + shortAbandonThreshold);
        }
    }

    public static KpiSettings defaults() {
        return new KpiSettings(DEFAULT_SERVICE_LEVEL_THRESHOLD, DEFAULT_SHORT_ABANDON_THRESHOLD, true, DEFAULT_ZONE);
    }
}
