package vn.pakn.application.call;

import java.util.Objects;

/**
 * A screen pop for one operator (CDI event, fired synchronously on the async observer's thread): the SSE endpoint
 * sends it to that operator's open event streams only.
 *
 * @param username      the operator's account
 * @param pop           what to show
 * @param receivedNanos when the listener got the snapshot ({@link System#nanoTime()}), for latency figures
 */
public record ScreenPopReady(String username, ScreenPop pop, long receivedNanos) {
    public ScreenPopReady {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(pop, "pop");
    }
}
