package vn.pakn.infrastructure.search;

import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.DuplicateQuery;

/** Maps reports to the search library's documents and queries: ids as text, the phone only as its hash. */
final class ReportDocuments {

    private ReportDocuments() {
    }

    static ComplaintDocument of(Report r) {
        Case c = r.getCase();
        var published = c.publishedAnswer();
        return new ComplaintDocument(String.valueOf(r.getId()), String.valueOf(c.getId()), r.getTitle(), r.getDescription(),
                r.getCategory() == null ? null : r.getCategory().getCode(),
                r.getArea() == null ? null : r.getArea().getCode(),
                c.getLeadUnit() == null ? null : c.getLeadUnit().getCode(), c.getState().name(), r.getReceivedAt(),
                r.getReporter() == null ? null : r.getReporter().getPhoneHash(), r.getLatitude(), r.getLongitude(),
                published.isPresent(), published.map(a -> a.getPublishedBody()).orElse(null));
    }

    static DuplicateQuery queryFor(Report r) {
        return new DuplicateQuery(r.getDescription(), r.getTitle(), r.getReceivedAt(),
                r.getReporter() == null ? null : r.getReporter().getPhoneHash(), r.getLatitude(), r.getLongitude(),
                r.getArea() == null ? null : r.getArea().getCode(), r.getCategory() == null ? null : r.getCategory().getCode());
    }
}
