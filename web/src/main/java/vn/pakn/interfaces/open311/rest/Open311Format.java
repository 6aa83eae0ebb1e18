package vn.pakn.interfaces.open311.rest;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * XML or JSON. The extension of the resource decides ({@code services.json}); without one, the Accept header
 * (JSON only when the client prefers it to XML); without that, XML, the format GeoReport v2 requires.
 */
public enum Open311Format {
    XML("text/xml; charset=utf-8"),
    JSON("application/json; charset=utf-8");

    private final String contentType;

    Open311Format(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The path segment without its .xml/.json extension. */
    public static String stripExtension(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") ? segment.substring(0, segment.length() - 4)
                : lower.endsWith(".json") ? segment.substring(0, segment.length() - 5) : segment;
    }

    /** The format asked for by the last path segment's extension, else by Accept. */
    public static Open311Format of(String lastSegment, List<MediaType> acceptable) {
        String lower = lastSegment == null ? "" : lastSegment.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return JSON;
        }
        if (lower.endsWith(".xml")) {
            return XML;
        }
        for (MediaType m : acceptable) {
            if (m.isWildcardType()) {
                return XML;
            }
            String sub = m.getSubtype().toLowerCase(Locale.ROOT);
            if (sub.equals("json") || sub.endsWith("+json")) {
                return JSON;
            }
            if (sub.equals("xml") || sub.endsWith("+xml")) {
                return XML;
            }
        }
        return XML;
    }
}
