package vn.pakn.interfaces.open311.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pakn.application.open311.RequestFilter;
import vn.pakn.application.open311.ServiceRequestForm;
import vn.pakn.domain.model.shared.DomainException;

/** Reads Open311 arguments as clients really send them: empty means absent, lists comma-separated, dates W3C. */
public final class Open311Params {

    /** {@code attribute[CODE]}, {@code attribute[CODE][]} (multivaluelist from PHP/Rails-style forms). */
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](?:\\[\\d*\\])?");
    private static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private Open311Params() {
    }

    public static ServiceRequestForm form(MultivaluedMap<String, String> p) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        p.forEach((name, values) -> {
            Matcher m = ATTRIBUTE.matcher(name);
            if (m.matches()) {
                attributes.computeIfAbsent(m.group(1), k -> new ArrayList<>()).addAll(values);
            }
        });
        return new ServiceRequestForm(first(p, "service_code"), first(p, "lat"), first(p, "long"), first(p, "address_string"),
                first(p, "address_id"), first(p, "email"), first(p, "device_id"), first(p, "account_id"), first(p, "first_name"),
                first(p, "last_name"), first(p, "phone"), first(p, "description"), first(p, "media_url"), attributes);
    }

    public static RequestFilter filter(MultivaluedMap<String, String> p) {
        var statuses = new LinkedHashSet<String>();
        for (String s : list(p, "status")) {
            String v = s.toLowerCase(Locale.ROOT);
            if (!v.equals("open") && !v.equals("closed")) {
                throw DomainException.invalid("bad-status", "status chỉ nhận open hoặc closed.", "status must be open or closed.");
            }
            statuses.add(v);
        }
        Instant start = date(first(p, "start_date"), "start_date", false);
        Instant end = date(first(p, "end_date"), "end_date", true);
        if (start != null && end != null && start.isAfter(end)) {
            throw DomainException.invalid("bad-dates", "start_date phải trước end_date.", "start_date must be before end_date.");
        }
        return new RequestFilter(list(p, "service_request_id"), list(p, "service_code"), start, end, statuses);
    }

    /** The client's retry key, if it sends one; at most 150 printable ASCII characters. */
    public static String idempotencyKey(HttpHeaders headers) {
        String key = headers.getHeaderString(IDEMPOTENCY_HEADER);
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = key.strip();
        if (k.length() > 150 || !k.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
            throw DomainException.invalid("bad-idempotency-key", "Idempotency-Key phải là chuỗi ASCII in được, tối đa 150 ký tự.",
                    "The Idempotency-Key must be printable ASCII, at most 150 characters.");
        }
        return k;
    }

    /**
     * A W3C date-time: with an offset as the spec asks; without one read as Vietnam time; a bare date as the start
     * of that day (for an end date, the end of it).
     */
    static Instant date(String value, String name, boolean endOfDay) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return LocalDateTime.parse(value).atZone(Open311Documents.VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            LocalDate d = LocalDate.parse(value);
            return (endOfDay ? d.plusDays(1) : d).atStartOfDay(Open311Documents.VIETNAM).toInstant().minusNanos(endOfDay ? 1 : 0);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("bad-" + name, name + " '" + value + "' không đúng dạng ngày giờ W3C (ví dụ 2026-11-23T08:00:00+07:00).",
                    name + " '" + value + "' is not a W3C date-time (e.g. 2026-11-23T08:00:00+07:00).");
        }
    }

    private static String first(MultivaluedMap<String, String> p, String name) {
        List<String> values = p.get(name);
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
    }

    /** Comma-separated values, also when the parameter is repeated. */
    private static List<String> list(MultivaluedMap<String, String> p, String name) {
        List<String> values = p.get(name);
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).distinct().toList();
    }
}
