package vn.pakn.application.citizen;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.pakn.application.CaseHistory;
import vn.pakn.application.cases.CaseNotifications;
import vn.pakn.application.intake.JournalMaterialiser;
import vn.pakn.domain.model.notification.NotificationKind;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseEvent;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.Rating;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.cases.TrackingCode;
import vn.pakn.domain.model.identity.Actor;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.shared.Texts;

/** The citizen's side: look up by tracking code, rate the published answer, reopen within the window. */
@Stateless
public class CitizenDesk {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CaseHistory history;

    @Inject
    private CaseNotifications notifications;

    @Inject
    private JournalMaterialiser journal;

    @Inject
    @ConfigProperty(name = "pakn.reopen.window.days", defaultValue = "7")
    private int reopenWindowDays;

    public PublicCaseView lookup(String code, String secret) {
        TrackingCode tc = TrackingCode.parse(code);
        var opened = openedReport(tc);
        if (opened.isEmpty()) {
            // Accepted into the journal but its case could not be opened yet: the receipt's promise, nothing more.
            return journal.unopened(tc.value()).map(item -> new PublicCaseView(item.getTrackingCode(), item.getTrackingCode(),
                    CaseState.RECEIVED, CaseState.RECEIVED.labelVi(), item.getReceivedAt(), item.getForwardDueAt(), null, null,
                    null, null, false, null, null, List.of(), null, false, false, null)).orElseThrow(() -> notFound(tc));
        }
        Report report = opened.get();
        Case c = report.getCase();
        boolean verified = report.matchesLookupSecret(secret);
        var answer = c.publishedAnswer();
        var lead = c.leadAssignment();
        List<PublicCaseView.Step> timeline = verified
                ? history.of(c.getId()).stream().filter(e -> e.getFromState() != e.getToState())
                .map(e -> new PublicCaseView.Step(e.getOccurredAt(), e.getToState(), e.getToState().labelVi())).toList()
                : List.of();
        Integer myRating = verified ? rating(report).map(Rating::getScore).orElse(null) : null;
        Instant reopenUntil = reopenUntil(c);
        boolean answered = c.getState() == CaseState.PUBLISHED || c.getState() == CaseState.CLOSED;
        return new PublicCaseView(report.getTrackingCode(), c.getTrackingCode(), c.getState(), c.getState().labelVi(),
                report.getReceivedAt(), c.getForwardDueAt(), lead.map(a -> a.getDueAt()).orElse(null),
                c.getLeadUnit() == null ? null : c.getLeadUnit().getNameVi(),
                answer.map(a -> a.getPublishedBody()).orElse(null), answer.map(a -> a.getPublishedAt()).orElse(null),
                verified, verified ? report.getTitle() : null, verified ? report.getDescription() : null, timeline, myRating,
                verified && answered, verified && answered && reopenUntil != null && clock.instant().isBefore(reopenUntil),
                reopenUntil);
    }

    public void rate(String code, String secret, int score, String comment) {
        Report report = verifiedReport(code, secret);
        Case c = report.getCase();
        if (c.getState() != CaseState.PUBLISHED && c.getState() != CaseState.CLOSED) {
            throw DomainException.conflict("not-answered", "Chỉ đánh giá được khi đã có kết quả trả lời.",
                    "A case can be rated only once its answer is published.");
        }
        Instant now = clock.instant();
        String note = Texts.nfcOrNull(comment);
        rating(report).ifPresentOrElse(r -> r.change(score, note, now),
                () -> em.persist(new Rating(c.getId(), report.getId(), score, note, now)));
        history.append(new CaseEvent(c.getId(), now, Actor.citizen().username(), Actor.citizen().role(), "RATE",
                c.getState(), c.getState(), null, "Đánh giá " + score + "/5"));
    }

    public void reopen(String code, String secret, String reason) {
        Report report = verifiedReport(code, secret);
        Case c = em.find(Case.class, report.getCase().getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant until = reopenUntil(c);
        if (until == null || !clock.instant().isBefore(until)) {
            throw DomainException.conflict("reopen-window-passed", "Đã quá thời hạn " + reopenWindowDays + " ngày để yêu cầu xem xét lại.",
                    "The " + reopenWindowDays + "-day window to reopen the case has passed.");
        }
        history.append(c.reopen(Actor.citizen(), clock.instant(), Texts.nfcOrNull(reason)));
        if (c.getLeadUnit() != null) {
            notifications.toUnit(NotificationKind.CASE_REOPENED, c, c.getLeadUnit(), "Người phản ánh chưa hài lòng, đề nghị xem xét lại",
                    "The reporter is not satisfied and asks for the case to be reconsidered");
        }
        notifications.toDispatch(NotificationKind.CASE_REOPENED, c, "Hồ sơ được mở lại", "The case was reopened");
    }

    private Instant reopenUntil(Case c) {
        return c.getPublishedAt() == null ? null : c.getPublishedAt().plus(Duration.ofDays(reopenWindowDays));
    }

    private java.util.Optional<Rating> rating(Report report) {
        return em.createQuery("SELECT r FROM Rating r WHERE r.reportId = :id", Rating.class)
                .setParameter("id", report.getId()).getResultStream().findFirst();
    }

    private Report verifiedReport(String code, String secret) {
        Report report = report(code);
        if (!report.matchesLookupSecret(secret)) {
            throw DomainException.forbidden("Thông tin xác minh không đúng (4 số cuối điện thoại hoặc địa chỉ thư điện tử).",
                    "The verification (last 4 digits of the phone, or the e-mail address) does not match.");
        }
        return report;
    }

    private Report report(String code) {
        TrackingCode tc = TrackingCode.parse(code);
        return openedReport(tc).orElseThrow(() -> notFound(tc));
    }

    /**
     * The report of the code; a submission still waiting in the intake journal has its case opened now (waiting for
     * the background materialiser if that holds it), so a look-up right after the submit sees the case.
     */
    private Optional<Report> openedReport(TrackingCode tc) {
        var found = reportByCode(tc);
        if (found.isEmpty()) {
            try {
                journal.materialiseCode(tc.value());
            } catch (RuntimeException notNow) {
                // The background materialiser retries it and marks it failed if it keeps failing; the journal row answers.
            }
            // Read again either way: if the materialiser held the row, it has opened the case by the time the lock is ours.
            found = reportByCode(tc);
        }
        return found;
    }

    private Optional<Report> reportByCode(TrackingCode tc) {
        return em.createQuery("SELECT r FROM Report r JOIN FETCH r.currentCase WHERE r.trackingCode = :c", Report.class)
                .setParameter("c", tc.value()).getResultStream().findFirst();
    }

    private static DomainException notFound(TrackingCode tc) {
        return DomainException.notFound("phản ánh có mã", "report with tracking code", tc.formatted());
    }
}
