package vn.pakn.domain.model.notification;

/** Where a message stands in the outbox. */
public enum NotificationStatus {
    /** Waiting for delivery at or after {@code nextAttemptAt} (also while a node holds its claim). */
    PENDING,
    /** Delivered by a channel. */
    SENT,
    /** Given up after {@link RetryPolicy#maxAttempts()} attempts; {@code lastError} says why. */
    FAILED
}
