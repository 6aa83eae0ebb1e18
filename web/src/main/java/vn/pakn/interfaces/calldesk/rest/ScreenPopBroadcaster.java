package vn.pakn.interfaces.calldesk.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.pakn.application.call.ScreenPopReady;
import vn.pakn.interfaces.rest.JsonbResolver;

/**
 * The open SSE streams, per operator account, and the push of a screen pop to the streams of the one operator it is
 * for. A stream that fails or was closed by the browser is dropped at the next send.
 */
@ApplicationScoped
public class ScreenPopBroadcaster {

    private static final Logger LOG = Logger.getLogger(ScreenPopBroadcaster.class);
    static final String EVENT_NAME = "screen-pop";
    static final long RECONNECT_MILLIS = 2_000;

    record Subscriber(SseEventSink sink, Sse sse) {
    }

    private final Map<String, Set<Subscriber>> byUser = new ConcurrentHashMap<>();

    void subscribe(String username, SseEventSink sink, Sse sse) {
        var subscriber = new Subscriber(sink, sse);
        byUser.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(subscriber);
        // The first event tells the client that it is registered: pops from now on reach it.
        send(username, subscriber, sse.newEventBuilder().name("ready").data(String.class, username)
                .reconnectDelay(RECONNECT_MILLIS).build());
    }

    /** Open streams of an operator (several tabs or devices count separately). */
    int streams(String username) {
        Set<Subscriber> set = byUser.get(username);
        return set == null ? 0 : set.size();
    }

    void onScreenPop(@Observes ScreenPopReady ready) {
        Set<Subscriber> set = byUser.get(ready.username());
        if (set == null || set.isEmpty()) {
            LOG.infof("PAKN0820: screen pop for call %s: operator %s has no open call desk", ready.pop().linkedId(),
                    ready.username());
            return;
        }
        String json = JsonbResolver.shared().toJson(ready.pop());
        for (Subscriber s : set) {
            send(ready.username(), s, s.sse().newEventBuilder().name(EVENT_NAME).id(ready.pop().linkedId())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, json).build());
        }
        LOG.debugf("PAKN0821: screen pop for call %s to %s: snapshot at %d ns (monotonic), pushed after %d µs",
                ready.pop().linkedId(), ready.username(), ready.receivedNanos(),
                (System.nanoTime() - ready.receivedNanos()) / 1_000);
    }

    private void send(String username, Subscriber s, OutboundSseEvent event) {
        if (s.sink().isClosed()) {
            remove(username, s);
            return;
        }
        s.sink().send(event).whenComplete((ok, failure) -> {
            if (failure != null) {
                remove(username, s);
            }
        });
    }

    private void remove(String username, Subscriber s) {
        Set<Subscriber> set = byUser.get(username);
        if (set != null) {
            set.remove(s);
        }
        try {
            s.sink().close();
        } catch (RuntimeException e) {
            // already gone
        }
    }
}
