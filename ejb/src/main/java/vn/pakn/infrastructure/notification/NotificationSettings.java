package vn.pakn.infrastructure.notification;

/**
 * Configuration keys of notification delivery (MicroProfile Config), defaults in {@link Defaults}.
 * Durations are ISO-8601 ({@code PT1M}).
 */
public final class NotificationSettings {

    /** int, messages per batch of the dispatcher (it runs every 30 seconds, batch after batch while they come back full). */
    public static final String BATCH_SIZE = "pakn.notification.batch-size";
    /** int, attempts before a message is given up (FAILED). */
    public static final String MAX_ATTEMPTS = "pakn.notification.max-attempts";
    /** Duration, wait after the first failure; doubles after each further one. */
    public static final String RETRY_INITIAL_DELAY = "pakn.notification.retry.initial-delay";
    /** Duration, the longest wait between two attempts. */
    public static final String RETRY_MAX_DELAY = "pakn.notification.retry.max-delay";
    /** Duration, how long a claimed message is reserved for the node delivering it. */
    public static final String CLAIM_LEASE = "pakn.notification.claim-lease";

    /** The defaults, as strings for {@code @ConfigProperty(defaultValue = …)}. */
    public static final class Defaults {
        public static final String BATCH_SIZE = "100";
        public static final String MAX_ATTEMPTS = "8";
        public static final String RETRY_INITIAL_DELAY = "PT1M";
        public static final String RETRY_MAX_DELAY = "PT6H";
        public static final String CLAIM_LEASE = "PT5M";

        private Defaults() {
        }
    }

    private NotificationSettings() {
    }
}
