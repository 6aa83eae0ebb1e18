package vn.pakn.application.open311;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.PersonalDataRedactor;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.category.SlaPolicy;
import vn.pakn.domain.model.open311.Open311Submission;
import vn.pakn.domain.model.shared.Channel;

/**
 * How our reports and cases read as Open311 service requests. Plain functions, so the rules are tested without
 * a container.
 *
 * <p>Privacy: the reporter's name, phone and e-mail are never in a view. A report's own text, address and
 * position are shown only when it came in through Open311, whose clients know that GeoReport requests are
 * public (the docs say so); even then phone numbers, e-mails, ID numbers and the reporter's name are removed
 * from the text. Reports from the hotline, the portal or e-mail show only code, status, dates and the unit,
 * like the citizen lookup without proof.
 */
public final class Open311Mapping {

    /** The service_code of reports that no category was given yet. */
    public static final String UNCLASSIFIED_CODE = "CHUA_PHAN_LOAI";
    static final String UNCLASSIFIED_NAME = "Chưa phân loại";
    /** The longest description GeoReport v2 allows. */
    public static final int MAX_DESCRIPTION = 4000;
    /** States in which the citizen's matter is settled: answered and published, closed, merged, redirected or refused. */
    public static final Set<CaseState> CLOSED_STATES = EnumSet.of(CaseState.PUBLISHED, CaseState.CLOSED, CaseState.MERGED,
            CaseState.REDIRECTED, CaseState.REJECTED);

    private Open311Mapping() {
    }

    public static String status(CaseState state) {
        return CLOSED_STATES.contains(state) ? "closed" : "open";
    }

    /** The published answer if there is one; otherwise where the case stands, in words. */
    public static String statusNotes(Case c) {
        var answer = c.publishedAnswer().map(a -> a.getPublishedBody()).filter(b -> b != null && !b.isBlank());
        if (answer.isPresent()) {
            return answer.get();
        }
        if (c.getState() == CaseState.REDIRECTED && c.getRedirectTo() != null) {
            return c.getState().labelVi() + ": " + c.getRedirectTo();
        }
        return c.getState().labelVi();
    }

    /** The SLA of a category as people read it, in Vietnamese then English. */
    public static String serviceNotice(SlaPolicy sla) {
        return "Chuyển đơn vị xử lý trong " + sla.forwardWorkingDays() + " ngày làm việc, trả lời trong "
                + sla.answerWorkingDays() + " ngày làm việc. / Forwarded to the responsible unit within "
                + sla.forwardWorkingDays() + " working day" + (sla.forwardWorkingDays() == 1 ? "" : "s")
                + ", answered within " + sla.answerWorkingDays() + " working days.";
    }

    /** The latest moment the case changed that we record; for a closed case, when it was closed. */
    public static Instant updatedAt(Case c) {
        return Stream.of(c.getReceivedAt(), c.getClassifiedAt(), c.getRoutedAt(), c.getAnsweredAt(), c.getPublishedAt(),
                c.getClosedAt()).filter(t -> t != null).max(Instant::compareTo).orElse(c.getReceivedAt());
    }

    /** The category the request is under: the case's (once classified), else the one the reporter chose. */
    public static Optional<Category> category(Report r) {
        Case c = r.getCase();
        return Optional.ofNullable(c.getCategory()).or(() -> Optional.ofNullable(r.getCategory()));
    }

    public static Open311Views.ServiceRequest request(Report r, Open311Submission submission) {
        Case c = r.getCase();
        var category = category(r);
        boolean publicContent = r.getChannel() == Channel.OPEN311;
        var lead = c.leadAssignment();
        return new Open311Views.ServiceRequest(
                r.getTrackingCode(),
                status(c.getState()),
                statusNotes(c),
                category.map(Category::getNameVi).orElse(UNCLASSIFIED_NAME),
                category.map(Category::getCode).orElse(UNCLASSIFIED_CODE),
                publicContent ? publicText(r) : null,
                c.getLeadUnit() == null ? null : c.getLeadUnit().getNameVi(),
                category.map(cat -> serviceNotice(cat.getSla())).orElse(null),
                r.getReceivedAt(),
                updatedAt(c),
                lead.map(a -> a.getDueAt()).orElse(null),
                publicContent ? r.getAddress() : null,
                publicContent && submission != null ? submission.getAddressId() : null,
                null,
                publicContent ? r.getLatitude() : null,
                publicContent ? r.getLongitude() : null,
                publicContent && submission != null ? submission.getMediaUrl() : null);
    }

    /** The report's text without personal data, cut to the GeoReport maximum. */
    static String publicText(Report r) {
        var reporter = r.getReporter();
        var known = reporter == null ? java.util.List.<String>of()
                : java.util.stream.Stream.of(reporter.getName(), reporter.getEmail(), reporter.getPhone())
                .filter(java.util.Objects::nonNull).toList();
        String text = PersonalDataRedactor.redact(r.getDescription(), known);
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
    }
}
