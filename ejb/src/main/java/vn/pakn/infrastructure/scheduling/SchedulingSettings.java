package vn.pakn.infrastructure.scheduling;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * Configuration keys of the timers (MicroProfile Config, so also environment variables such as
 * {@code PAKN_DEADLINE_MONITOR_PERIOD_MINUTES}), with their defaults in {@link Defaults}.
 */
public final class SchedulingSettings {

    /** int, minutes between two runs of the deadline monitor (it ticks every minute and skips the others). */
    public static final String DEADLINE_MONITOR_PERIOD = "pakn.deadline.monitor.period-minutes";
    /** int, how many assignments one run of the deadline monitor handles at most. */
    public static final String DEADLINE_MONITOR_BATCH = "pakn.deadline.monitor.batch-size";
    /** int, minutes between two runs of the reopen-window closer. */
    public static final String REOPEN_CLOSER_PERIOD = "pakn.reopen.closer.period-minutes";
    /** boolean, false turns every timer of this package off (e.g. on a node that serves only the API). */
    public static final String TIMERS_ENABLED = "pakn.timers.enabled";

    /** The defaults, as strings for {@code @ConfigProperty(defaultValue = …)}. */
    public static final class Defaults {
        public static final String DEADLINE_MONITOR_PERIOD = "1";
        public static final String DEADLINE_MONITOR_BATCH = "500";
        public static final String REOPEN_CLOSER_PERIOD = "15";
        public static final String TIMERS_ENABLED = "true";

        private Defaults() {
        }
    }

    /** This JVM as a lease holder: the WildFly node name and a random part, unique even if two nodes share a name. */
    public static final String NODE = System.getProperty("jboss.node.name", ManagementFactory.getRuntimeMXBean().getName())
            + "/" + UUID.randomUUID().toString().substring(0, 8);

    private SchedulingSettings() {
    }
}
