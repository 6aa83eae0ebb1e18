package vn.pakn.application.cases;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.pakn.application.CaseHistory;
import vn.pakn.application.CurrentStaff;
import vn.pakn.application.ReferenceData;
import vn.pakn.application.StaffMember;
import vn.pakn.application.WorkingCalendarService;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseAction;
import vn.pakn.domain.model.cases.CaseEvent;
import vn.pakn.domain.model.cases.IdentityGrant;
import vn.pakn.domain.model.cases.PersonalDataRedactor;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.identity.Actor;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.notification.NotificationKind;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.unit.Unit;
import vn.pakn.infrastructure.search.SearchIndexing;

/**
 * Every staff action on a case: dispatch (classify, route, merge, redirect, reject), the unit's work (accept,
 * return, pause for information, extension, answer) and the unit leader's approval, which publishes the
 * answer with personal data removed. Each method is one transaction and leaves one event per step.
 */
@Stateless
public class CaseWork {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private CaseAccess access;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private WorkingCalendarService calendars;

    @Inject
    private CaseHistory history;

    @Inject
    private CaseNotifications notifications;

    @Inject
    private SearchIndexing searchIndexing;

    private CaseEvent act(long caseId, CaseAction action, boolean leadUnitOnly, Function<Context, CaseEvent> step) {
        StaffMember staff = currentStaff.get();
        Case c = access.forWork(staff, caseId);
        if (leadUnitOnly) {
            CaseAccess.requireLeadUnitStaff(staff, c);
        }
        Actor actor = staff.actorFor(action, c.getState());
        CaseEvent e = step.apply(new Context(c, actor, clock.instant()));
        history.append(e);
        em.flush();
        searchIndexing.reindexAfterCommit(reportsOf(c));
        if (c.getMergedInto() != null) {
            searchIndexing.reindexAfterCommit(reportsOf(c.getMergedInto()));
        }
        return e;
    }

    private record Context(Case c, Actor actor, Instant now) {
    }

    public CaseEvent classify(long caseId, String categoryCode, String areaCode, String title) {
        return act(caseId, CaseAction.CLASSIFY, false, x -> {
            var category = referenceData.category(categoryCode).orElseThrow(() ->
                    DomainException.invalid("missing-category", "Cần chọn lĩnh vực.", "A category is required."));
            var area = referenceData.area(areaCode).orElse(null);
            var e = x.c().classify(x.actor(), category, area, title, x.now());
            referenceData.routeFor(category, area).ifPresent(rule -> x.c().suggestUnit(rule.getLeadUnit()));
            return e;
        });
    }

    /** Routes to the given lead unit, or to the suggested one (routing rule) when none is given. */
    public CaseEvent route(long caseId, String leadUnitCode, List<String> coordinatorCodes, String note) {
        return act(caseId, CaseAction.ROUTE, false, x -> {
            Case c = x.c();
            Unit lead;
            List<Unit> coordinators = new ArrayList<>();
            if (leadUnitCode != null && !leadUnitCode.isBlank()) {
                lead = referenceData.unit(leadUnitCode);
            } else {
                var rule = referenceData.routeFor(c.getCategory(), c.getArea()).orElseThrow(() ->
                        DomainException.invalid("no-route", "Không có quy tắc phân công phù hợp; hãy chọn đơn vị chủ trì.",
                                "No routing rule matches; choose the lead unit."));
                lead = rule.getLeadUnit();
                coordinators.addAll(rule.getCoordinators());
            }
            if (coordinatorCodes != null) {
                coordinatorCodes.stream().filter(code -> code != null && !code.isBlank()).map(referenceData::unit).forEach(coordinators::add);
            }
            if (c.getCategory() == null) {
                throw DomainException.invalid("category-required", "Cần phân loại lĩnh vực trước khi chuyển xử lý.",
                        "Classify the case (category) before routing it.");
            }
            var calendar = calendars.current();
            Instant due = calendar.addWorkingDays(x.now(), c.getCategory().getSla().answerWorkingDays());
            var e = c.route(x.actor(), lead, coordinators, x.now(), due, note);
            notifications.assigned(c, lead, coordinators);
            return e;
        });
    }

    public CaseEvent merge(long caseId, long masterCaseId) {
        return act(caseId, CaseAction.MERGE, false, x -> {
            if (caseId == masterCaseId) {
                throw DomainException.invalid("bad-merge-target", "Không thể gộp hồ sơ vào chính nó.", "A case cannot be merged into itself.");
            }
            Case master = access.forWork(currentStaff.get(), masterCaseId);
            List<Report> reports = reportsOf(x.c());
            var e = x.c().mergeInto(x.actor(), master, reports, x.now());
            history.append(new CaseEvent(master.getId(), x.now(), x.actor().username(), x.actor().role(), "MERGE_IN",
                    master.getState(), master.getState(), null, "Nhận " + reports.size() + " phản ánh từ hồ sơ " + x.c().getTrackingCode()));
            return e;
        });
    }

    public CaseEvent unmerge(long caseId) {
        return act(caseId, CaseAction.UNMERGE, false, x -> {
            List<Report> own = em.createQuery("SELECT r FROM Report r WHERE r.originalCase = :c", Report.class)
                    .setParameter("c", x.c()).getResultList();
            return x.c().unmerge(x.actor(), own, x.now());
        });
    }

    public CaseEvent redirect(long caseId, String reason, String redirectTo) {
        return act(caseId, CaseAction.REDIRECT, false, x -> {
            var e = x.c().redirect(x.actor(), x.now(), reason, redirectTo);
            notifications.toReporters(NotificationKind.REDIRECTED, x.c(), reportsOf(x.c()),
                    "Nội dung của bạn không thuộc phạm vi phản ánh, kiến nghị. Lý do: " + reason + ". Vui lòng gửi đến: " + redirectTo + ".",
                    "Your submission is not a feedback report under this procedure. Please send it to: " + redirectTo + ".");
            return e;
        });
    }

    public CaseEvent reject(long caseId, String reason) {
        return act(caseId, CaseAction.REJECT, false, x -> {
            var e = x.c().reject(x.actor(), x.now(), reason);
            notifications.toReporters(NotificationKind.REJECTED, x.c(), reportsOf(x.c()),
                    "Phản ánh không được tiếp nhận. Lý do: " + reason, "The report was not accepted.");
            return e;
        });
    }

    public CaseEvent accept(long caseId) {
        return act(caseId, CaseAction.ACCEPT, true, x -> x.c().accept(x.actor(), x.now()));
    }

    public CaseEvent returnToDispatch(long caseId, String reason) {
        return act(caseId, CaseAction.RETURN_TO_DISPATCH, true, x -> {
            var e = x.c().returnToDispatch(x.actor(), x.now(), reason);
            notifications.returnedToDispatch(x.c(), reason);
            return e;
        });
    }

    public CaseEvent requestInfo(long caseId, String question) {
        return act(caseId, CaseAction.REQUEST_INFO, true, x -> {
            var e = x.c().requestInfo(x.actor(), x.now(), question);
            notifications.toReporters(NotificationKind.INFO_REQUESTED, x.c(), reportsOf(x.c()),
                    "Đơn vị xử lý cần bạn bổ sung thông tin: " + question,
                    "The responsible unit needs more information from you (see the Vietnamese text).");
            return e;
        });
    }

    public CaseEvent receiveInfo(long caseId, String info) {
        return act(caseId, CaseAction.RECEIVE_INFO, true, x -> x.c().receiveInfo(x.actor(), x.now(), info, calendars.current()));
    }

    public CaseEvent requestExtension(long caseId, int days, String reason) {
        return act(caseId, CaseAction.REQUEST_EXTENSION, true, x -> {
            var e = x.c().requestExtension(x.actor(), x.now(), days, reason);
            notifications.toDispatch(NotificationKind.EXTENSION_REQUESTED, x.c(), "Đơn vị đề nghị gia hạn " + days + " ngày làm việc",
                    "The unit asks for an extension of " + days + " working days");
            return e;
        });
    }

    public CaseEvent decideExtension(long caseId, boolean grant, String note) {
        return act(caseId, grant ? CaseAction.GRANT_EXTENSION : CaseAction.DENY_EXTENSION, true,
                x -> x.c().decideExtension(x.actor(), x.now(), grant, note, calendars.current()));
    }

    public CaseEvent answer(long caseId, String body) {
        return act(caseId, CaseAction.ANSWER, true, x -> {
            var e = x.c().answer(x.actor(), x.now(), body);
            notifications.toUnit(NotificationKind.ANSWER_SUBMITTED, x.c(), x.c().getLeadUnit(), "Kết quả xử lý chờ lãnh đạo đơn vị duyệt",
                    "An answer waits for the unit leader's approval");
            return e;
        });
    }

    /** The unit leader approves the answer; it is then published at once, with personal data removed. */
    public CaseEvent approveAndPublish(long caseId) {
        act(caseId, CaseAction.APPROVE_ANSWER, true, x -> x.c().approveAnswer(x.actor(), x.now()));
        return act(caseId, CaseAction.PUBLISH, true, x -> {
            var reports = reportsOf(x.c());
            var names = reports.stream().map(r -> r.getReporter().getName()).toList();
            String body = x.c().latestAnswer().orElseThrow().getBody();
            var e = x.c().publish(x.actor(), x.now(), PersonalDataRedactor.redact(body, names));
            notifications.toReporters(NotificationKind.ANSWER_PUBLISHED, x.c(), reports,
                    "Phản ánh của bạn đã có kết quả trả lời:\n" + x.c().publishedAnswer().orElseThrow().getPublishedBody(),
                    "Your report has been answered (see the Vietnamese text). You can rate the answer with your tracking code.");
            return e;
        });
    }

    public CaseEvent rejectAnswer(long caseId, String note) {
        return act(caseId, CaseAction.REJECT_ANSWER, true, x -> x.c().rejectAnswer(x.actor(), x.now(), note));
    }

    /** A leader lets a unit see who reported (without the reporter's consent); audited as a case event and a grant row. */
    public void grantIdentity(long caseId, String unitCode, String reason) {
        StaffMember staff = currentStaff.get();
        if (!staff.has(Role.LEADER)) {
            throw DomainException.forbidden("Chỉ lãnh đạo được cho phép xem thông tin người phản ánh.",
                    "Only a leader may grant access to the reporter's identity.");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("missing-reason", "Cần nhập lý do.", "The field 'reason' is required.");
        }
        Case c = access.forWork(staff, caseId);
        Unit unit = referenceData.unit(unitCode);
        Instant now = clock.instant();
        boolean exists = !em.createQuery("SELECT g FROM IdentityGrant g WHERE g.caseId = :c AND g.unitId = :u", IdentityGrant.class)
                .setParameter("c", c.getId()).setParameter("u", unit.getId()).getResultList().isEmpty();
        if (!exists) {
            em.persist(new IdentityGrant(c.getId(), unit.getId(), staff.username(), now, reason.strip()));
        }
        history.append(new CaseEvent(c.getId(), now, staff.username(), Role.LEADER, "GRANT_IDENTITY", c.getState(), c.getState(),
                unit.getId(), reason.strip()));
    }

    List<Report> reportsOf(Case c) {
        return em.createQuery("SELECT r FROM Report r WHERE r.currentCase = :c ORDER BY r.receivedAt", Report.class)
                .setParameter("c", c).getResultList();
    }
}
