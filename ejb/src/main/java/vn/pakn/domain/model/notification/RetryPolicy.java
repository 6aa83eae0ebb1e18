package vn.pakn.domain.model.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Exponential backoff for deliveries that failed: the n-th failed attempt waits
 * {@code min(initialDelay × 2^(n-1), maxDelay)} before the next one, and after {@code maxAttempts}
 * attempts the message is given up. With the defaults (1 min, 6 h, 8 attempts) a message is retried for
 * about 4 hours: 1, 2, 4, 8, 16, 32, 64 minutes.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

    public static final int DEFAULT_MAX_ATTEMPTS = 8;
    public static final Duration DEFAULT_INITIAL_DELAY = Duration.ofMinutes(1);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofHours(6);
    public static final RetryPolicy DEFAULT = new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_INITIAL_DELAY, DEFAULT_MAX_DELAY);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initialDelay must be positive, got " + initialDelay);
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay (" + maxDelay + ") must not be less than initialDelay (" + initialDelay + ")");
        }
    }

    /**
     * When to try again after attempt number {@code attemptsSoFar} failed at {@code failedAt}, or empty
     * when that was the last allowed attempt.
     */
    public Optional<Instant> nextAttempt(int attemptsSoFar, Instant failedAt) {
        if (attemptsSoFar >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(attemptsSoFar)));
    }

    /** The wait after the {@code attempt}-th failure (1-based). */
    public Duration delayAfter(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        Duration d = initialDelay.multipliedBy(1L << doublings);
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
