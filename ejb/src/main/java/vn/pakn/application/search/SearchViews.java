package vn.pakn.application.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the search use cases answer with: codes for filters and links, Vietnamese names for people. */
public final class SearchViews {

    private SearchViews() {
    }

    /** One report found by a staff search; {@code snippet} has matches in {@code <b>…</b>} and phones masked. */
    public record StaffHit(long reportId, long caseId, String trackingCode, String title, String snippet,
                           String state, String stateLabelVi, String categoryCode, String categoryName,
                           String areaCode, String areaName, String unitCode, String unitName, Instant receivedAt,
                           float score) {
    }

    public record Facet(String value, String label, long count) {
    }

    public record StaffPage(long total, int offset, int limit, List<StaffHit> hits, Map<String, List<Facet>> facets) {
    }

    /** A published answer for the public: the case's code, its subject area and the answer; nobody's identity. */
    public record PublicAnswer(String trackingCode, String categoryName, String areaName, String snippet,
                               Instant receivedAt, Instant publishedAt) {
    }

    /** A unit the index suggests as lead, with the share of similar routed cases that went to it. */
    public record UnitSuggestion(String unitCode, String unitName, double confidence) {
    }
}
