package vn.pakn.interfaces.attachment.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.pakn.application.attachment.AttachmentView;

/**
 * A file as a download: the sniffed type, always "attachment" (a browser never renders an uploaded HTML or
 * SVG in our origin), nosniff, a sandbox CSP for the odd browser that opens it anyway, and the name both as an
 * ASCII fallback and as RFC 5987/6266 {@code filename*} in UTF-8, so "Biên bản.pdf" arrives as such.
 */
final class FileDownloads {

    private FileDownloads() {
    }

    static Response of(AttachmentView file, StreamingOutput body, boolean publicFile) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(!publicFile);
        cache.setNoStore(!publicFile);
        cache.setMaxAge(publicFile ? 3600 : 0);
        return Response.ok(body, file.contentType())
                .header("Content-Length", file.size())
                .header("Content-Disposition", contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("ETag", file.sha256() == null ? null : "\"" + file.sha256() + "\"")
                .cacheControl(cache)
                .build();
    }

    /** {@code attachment; filename="Bien ban.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n.pdf}. */
    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    /** The name without diacritics ("đ" as "d"), quotes and backslashes, for clients that ignore filename*. */
    static String asciiFallback(String name) {
        String s = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 5987 value-chars: attr-char as is, everything else percent-encoded UTF-8. */
    static String rfc5987(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}
