package vn.pakn.application.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import vn.pakn.domain.model.call.OperatorBreak;
import vn.pakn.telephony.call.Channels;

/**
 * Time operators spent on break within a period, per extension as the hotline KPIs key operators ({@code 101}, also
 * when the account holds the queue member interface {@code PJSIP/101}). A break across the period's edge counts for
 * its part inside; a break still open counts until now.
 */
final class BreakTime {

    private BreakTime() {
    }

    static Map<String, Duration> byExtension(Collection<OperatorBreak> breaks, Instant from, Instant to, Instant now) {
        Map<String, Duration> out = new TreeMap<>();
        for (OperatorBreak b : breaks) {
            Instant start = b.getStartedAt().isAfter(from) ? b.getStartedAt() : from;
            Instant end = b.getEndedAt().orElse(now);
            end = end.isBefore(to) ? end : to;
            if (end.isAfter(start)) {
                out.merge(Channels.extensionOf(b.getExtension()), Duration.between(start, end), Duration::plus);
            }
        }
        return out;
    }
}
