package vn.pakn.telephony.ami;

import java.time.Duration;
import java.util.List;

/**
 * Answer of {@code QueueStatus}: members and waiting callers per queue.
 */
public record QueueStatusReport(List<Member> members, List<Waiting> waiting) {

    public QueueStatusReport {
        members = List.copyOf(members);
        waiting = List.copyOf(waiting);
    }

    /**
     * @param status Asterisk device state number (1 not in use, 2 in use, 5 unavailable, 6 ringing …)
     */
    public record Member(String queue, String iface, String name, boolean paused, int status, int callsTaken) {
    }

    public record Waiting(String queue, String uniqueId, String channel, int position, Duration waited) {
    }
}
