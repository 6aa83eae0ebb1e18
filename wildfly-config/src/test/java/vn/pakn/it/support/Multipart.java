package vn.pakn.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * multipart/form-data requests as a browser sends them (file names as raw UTF-8 in Content-Disposition, text
 * parts without a charset) and downloads as bytes: what {@link Api}, which speaks JSON strings, cannot do.
 */
public final class Multipart {

    private final String boundary = "----pakn-it-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public Multipart text(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
        write(value);
        write("\r\n");
        return this;
    }

    public Multipart file(String name, String fileName, String contentType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    private void write(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** POSTs the form; the reply's body is read as UTF-8 text (JSON or a problem). */
    public Api.Reply post(URL base, String path, Api.Credentials who, String idempotencyKey) {
        var all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = request(base, path, who).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(all.toByteArray()));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        var built = request.build();
        var response = send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Api.Reply("POST " + built.uri() + " (multipart)", response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body(), response);
    }

    /** GETs bytes (a download). */
    public static HttpResponse<byte[]> download(URL base, String path, Api.Credentials who) {
        return send(request(base, path, who).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest.Builder request(URL base, String path, Api.Credentials who) {
        try {
            URI uri = base.toURI().resolve(path.startsWith("/") ? path.substring(1) : path);
            var builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
            if (who != null) {
                builder.header("Authorization", who.basic());
            }
            return builder;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(base.toString(), e);
        }
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HttpClient.newHttpClient().send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
