package vn.pakn.application.open311;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The filters of GET requests. {@code ids} (tracking codes) override everything else, as the spec says;
 * {@code statuses} holds "open" and/or "closed"; a null date means the default (end now, start 90 days before).
 */
public record RequestFilter(List<String> ids, List<String> serviceCodes, Instant start, Instant end, Set<String> statuses) {

    public RequestFilter {
        ids = List.copyOf(ids);
        serviceCodes = List.copyOf(serviceCodes);
        statuses = Set.copyOf(statuses);
    }

    public static RequestFilter ids(List<String> ids) {
        return new RequestFilter(ids, List.of(), null, null, Set.of());
    }
}
