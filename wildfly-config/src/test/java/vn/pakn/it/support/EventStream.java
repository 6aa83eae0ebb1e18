package vn.pakn.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Server-Sent Events client as a browser's EventSource is one: an HTTP GET kept open, parsed into events
 * (event/id/data lines, a blank line ends an event), each stamped with {@link System#nanoTime()} on arrival.
 */
public final class EventStream implements AutoCloseable {

    /** One event as received. */
    public record Event(String name, String id, String data, long receivedNanos) {
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(data))) {
                return reader.readObject();
            }
        }
    }

    private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    private final List<Event> all = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile HttpResponse<java.io.InputStream> response;
    private volatile int status;

    private EventStream(URI uri, Api.Credentials who) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .header("Authorization", who.basic()).GET().build();
        reader = new Thread(() -> read(http, request), "sse-" + who.username());
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens {@code api/calldesk/events} as the given operator. */
    public static EventStream open(URL base, String path, Api.Credentials who) {
        try {
            return new EventStream(base.toURI().resolve(path), who);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(base.toString(), e);
        }
    }

    private void read(HttpClient http, HttpRequest request) {
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            try (var in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = "message";
                String id = null;
                StringBuilder data = new StringBuilder();
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            Event e = new Event(name, id, data.toString(), System.nanoTime());
                            all.add(e);
                            queue.add(e);
                        }
                        name = "message";
                        id = null;
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("data:")) {
                        if (!data.isEmpty()) {
                            data.append('\n');
                        }
                        data.append(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
                    }
                }
            }
        } catch (java.io.IOException e) {
            // closed by close() or by the server
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next event with this name, skipping others; null on timeout. */
    public Event next(String name, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Event e = queue.poll(left, TimeUnit.NANOSECONDS);
            if (e == null) {
                return null;
            }
            if (e.name().equals(name)) {
                return e;
            }
        }
    }

    /** Every event received so far, in order. */
    public List<Event> received() {
        return List.copyOf(all);
    }

    public int status() {
        return status;
    }

    @Override
    public void close() {
        var r = response;
        if (r != null) {
            try {
                r.body().close();
            } catch (java.io.IOException e) {
                // closing anyway
            }
        }
        reader.interrupt();
    }
}
