package vn.pakn.domain.model.calendar;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stretch during which a case's clock stands still because the unit waits for information from the
 * citizen. {@code to} is {@code null} while the pause is still open; an open pause counts up to the
 * end of whatever span is being measured.
 */
public record PauseInterval(Instant from, Instant to) {

    public PauseInterval {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a pause cannot end (" + to + ") before it starts (" + from + ")");
        }
    }

    /** A pause that has started and not yet ended. */
    public static PauseInterval open(Instant from) {
        return new PauseInterval(from, null);
    }

    /** The end, if the pause is over. */
    public Optional<Instant> end() {
        return Optional.ofNullable(to);
    }

    public boolean isOpen() {
        return to == null;
    }

    /** This pause, ended at {@code end} if it is still open (an {@code end} before the start closes it empty). */
    public PauseInterval closedAt(Instant end) {
        return isOpen() ? new PauseInterval(from, end.isBefore(from) ? from : end) : this;
    }
}
