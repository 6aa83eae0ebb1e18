package vn.pakn.telephony.call;

import java.time.Duration;

/** A caller waiting in a queue, from the {@code QueueEntry} events of {@code QueueStatus}. */
public record LiveQueueEntry(String queue, String uniqueId, String channel, Duration waited) {
}
