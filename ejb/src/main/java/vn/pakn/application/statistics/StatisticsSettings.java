package vn.pakn.application.statistics;

/**
 * Configuration keys of the leaders' statistics (MicroProfile Config, so also environment variables such as
 * {@code PAKN_STATISTICS_DAILY}), with their defaults in {@link Defaults}.
 */
public final class StatisticsSettings {

    /**
     * boolean, whether the statistics read the per-day table {@code case_stat_day} (kept up to date from the cases)
     * instead of summing every case of the period at each request. Off, the figures are the same, only slower: a
     * way to rule the table out when a figure is in doubt.
     */
    public static final String DAILY = "pakn.statistics.daily";

    /** The defaults, as strings for {@code @ConfigProperty(defaultValue = …)}. */
    public static final class Defaults {
        public static final String DAILY = "true";

        private Defaults() {
        }
    }

    private StatisticsSettings() {
    }
}
