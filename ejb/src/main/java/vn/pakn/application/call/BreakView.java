package vn.pakn.application.call;

import java.time.Instant;
import vn.pakn.domain.model.call.OperatorBreak;

/**
 * An operator's break state as the call desk shows it.
 *
 * @param onBreak     whether the operator is on break now
 * @param since       when the current (or, right after "back", the just ended) break began; null if none
 * @param endedAt     when the break just switched off ended; null while on break or if none
 * @param seconds     how long the break has lasted (until now or its end)
 */
public record BreakView(String username, boolean onBreak, String extension, String reason, Instant since,
        Instant endedAt, long seconds) {

    static BreakView of(OperatorBreak b, Instant now) {
        return new BreakView(b.getUsername(), b.isOpen(), b.getExtension(), b.getReason().orElse(null),
                b.getStartedAt(), b.getEndedAt().orElse(null), b.length(now).toSeconds());
    }

    static BreakView none(String username) {
        return new BreakView(username, false, null, null, null, null, 0);
    }
}
