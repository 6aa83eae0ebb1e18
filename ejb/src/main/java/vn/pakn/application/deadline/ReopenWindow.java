package vn.pakn.application.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a citizen may reopen a published case: {@code days} calendar days (not working days: the
 * citizen counts on a calendar, and the window is about the citizen's reaction, not the administration's
 * work) from the instant of publication, i.e. it closes at {@code publishedAt + days × 24 h}. Vietnam has
 * no daylight-saving time, so this is also the same clock time {@code days} dates later. Config key
 * {@value #CONFIG_KEY}, default {@value #DEFAULT_DAYS}. The citizen desk (reopen) and the
 * {@code ReopenWindowCloser} timer (close) use the same rule.
 */
public record ReopenWindow(int days) {

    public static final String CONFIG_KEY = "pakn.reopen.window.days";
    public static final int DEFAULT_DAYS = 7;

    public ReopenWindow {
        if (days < 0) {
            throw new IllegalArgumentException(CONFIG_KEY + " must not be negative, got " + days);
        }
    }

    /** The first instant at which the case can no longer be reopened. */
    public Instant closesAt(Instant publishedAt) {
        return Objects.requireNonNull(publishedAt, "publishedAt").plus(Duration.ofDays(days));
    }

    /** Whether a case published at {@code publishedAt} may still be reopened at {@code now}. */
    public boolean isOpen(Instant publishedAt, Instant now) {
        return now.isBefore(closesAt(publishedAt));
    }

    /** The latest publication instant whose window has closed at {@code now}: the query bound of the closer. */
    public Instant publishedOnOrBeforeIsClosed(Instant now) {
        return now.minus(Duration.ofDays(days));
    }
}
