package vn.pakn.application.cases;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pakn.application.CaseHistory;
import vn.pakn.application.CurrentStaff;
import vn.pakn.application.StaffMember;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseAction;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.CaseWorkflow;
import vn.pakn.domain.model.cases.IdentityGrant;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.domain.model.shared.DomainException;

/** Lists and shows cases to staff, within what each may see; reporter identity only where allowed. */
@Stateless
public class CaseQueries {

    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private CaseAccess access;

    @Inject
    private CaseHistory history;

    public record Filter(CaseState state, String unitCode, String categoryCode, String areaCode, Channel channel,
                         Boolean overdue, String text, Instant receivedFrom, Instant receivedTo) {
    }

    public CaseViews.Page<CaseViews.Summary> list(Filter f, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("bad-paging", "Trang phải ≥ 0 và cỡ trang từ 1 đến " + MAX_PAGE_SIZE + ".",
                    "page must be ≥ 0 and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        StaffMember staff = currentStaff.get();
        Instant now = clock.instant();
        var where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!staff.seesAllCases()) {
            if (!staff.isUnitStaff()) {
                return new CaseViews.Page<>(List.of(), page, size, 0);
            }
            where.append(" AND EXISTS (SELECT a FROM Assignment a WHERE a.assignedCase = c AND a.state <> :cancelled AND a.unit.path LIKE :scope)");
            params.put("cancelled", Assignment.State.CANCELLED);
            params.put("scope", staff.unitPath() + "%");
        }
        if (f.state() != null) {
            where.append(" AND c.state = :state");
            params.put("state", f.state());
        }
        if (f.unitCode() != null && !f.unitCode().isBlank()) {
            where.append(" AND EXISTS (SELECT a2 FROM Assignment a2 WHERE a2.assignedCase = c AND a2.state <> :cancelled2 AND a2.unit.code = :unit)");
            params.put("cancelled2", Assignment.State.CANCELLED);
            params.put("unit", f.unitCode().strip());
        }
        if (f.categoryCode() != null && !f.categoryCode().isBlank()) {
            where.append(" AND c.category.code = :cat");
            params.put("cat", f.categoryCode().strip());
        }
        if (f.areaCode() != null && !f.areaCode().isBlank()) {
            where.append(" AND c.area.code = :area");
            params.put("area", f.areaCode().strip());
        }
        if (f.channel() != null) {
            where.append(" AND c.channel = :channel");
            params.put("channel", f.channel());
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" AND (LOWER(c.title) LIKE :q OR c.trackingCode = :code)");
            params.put("q", "%" + f.text().strip().toLowerCase() + "%");
            params.put("code", f.text().replaceAll("[\\s-]", ""));
        }
        if (f.receivedFrom() != null) {
            where.append(" AND c.receivedAt >= :from");
            params.put("from", f.receivedFrom());
        }
        if (f.receivedTo() != null) {
            where.append(" AND c.receivedAt < :to");
            params.put("to", f.receivedTo());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" AND EXISTS (SELECT a3 FROM Assignment a3 WHERE a3.assignedCase = c AND a3.state IN :open AND a3.dueAt < :now"
                    + " AND NOT EXISTS (SELECT p FROM PausePeriod p WHERE p.assignment = a3 AND p.endedAt IS NULL))");
            params.put("open", List.of(Assignment.State.ASSIGNED, Assignment.State.ACCEPTED));
            params.put("now", now);
        }
        var count = em.createQuery("SELECT COUNT(c) FROM PaknCase c" + where, Long.class);
        var select = em.createQuery("SELECT c FROM PaknCase c" + where + " ORDER BY c.receivedAt DESC, c.id DESC", Case.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<CaseViews.Summary> items = select.setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(c -> summary(c, now)).toList();
        return new CaseViews.Page<>(items, page, size, count.getSingleResult());
    }

    public CaseViews.Detail detail(long caseId) {
        StaffMember staff = currentStaff.get();
        Case c = access.forReading(staff, caseId);
        Instant now = clock.instant();
        boolean unitMayIdentify = staff.isUnitStaff() && !em.createQuery(
                        "SELECT g FROM IdentityGrant g, Unit u WHERE g.caseId = :c AND g.unitId = u.id AND :path LIKE CONCAT(u.path, '%')",
                        IdentityGrant.class)
                .setParameter("c", c.getId()).setParameter("path", staff.unitPath()).getResultList().isEmpty();
        List<CaseViews.ReportView> reports = new ArrayList<>();
        for (Report r : em.createQuery("SELECT r FROM Report r WHERE r.currentCase = :c ORDER BY r.receivedAt", Report.class)
                .setParameter("c", c).getResultList()) {
            var who = r.getReporter();
            boolean visible = staff.seesReporterIdentity() || unitMayIdentify || (staff.isUnitStaff() && who.isConsentToShareIdentity());
            reports.add(new CaseViews.ReportView(r.getId(), r.getTrackingCode(), r.getChannel(), r.getReceivedAt(), r.getTitle(),
                    r.getDescription(), !visible,
                    visible ? new CaseViews.Reporter(who.getName(), who.getPhone(), who.getEmail(), who.getCitizenId(),
                            who.getAddress(), who.isConsentToShareIdentity()) : null,
                    r.getCallLinkedId()));
        }
        var assignments = c.getAssignments().stream().map(a -> new CaseViews.AssignmentView(a.getId(), a.getUnit().getCode(),
                a.getUnit().getNameVi(), a.getRole().name(), a.getState().name(), a.getAssignedAt(), a.getDueAt(),
                a.getOriginalDueAt(), a.getAcceptedAt(), a.getAnsweredAt(), a.getExtensionState().name(), a.getExtensionDays(),
                a.getExtensionReason(), a.openPause().isPresent(), a.isOverdueAt(now), a.getEndReason())).toList();
        var answers = c.getAnswers().stream().map(a -> new CaseViews.AnswerView(a.getId(), a.getBody(), a.getAuthor(),
                a.getCreatedAt(), a.getApprovedBy(), a.getApprovedAt(), a.getRejectedNote(), a.getPublishedBody(),
                a.getPublishedAt())).toList();
        var events = history.of(c.getId()).stream().map(e -> new CaseViews.EventView(e.getId(), e.getOccurredAt(), e.getActor(),
                e.getActorRole().name(), e.getAction(), e.getFromState(), e.getToState(), e.getNote())).toList();
        return new CaseViews.Detail(summary(c, now), c.getDescription(), c.getAddress(), c.getLatitude(), c.getLongitude(),
                c.getOutcomeReason(), c.getRedirectTo(), c.getMergedInto() == null ? null : c.getMergedInto().getId(),
                c.getReturnedCount(), c.getReopenedCount(), reports, assignments, answers, events, allowedActions(staff, c));
    }

    private static Set<CaseAction> allowedActions(StaffMember staff, Case c) {
        var allowed = java.util.EnumSet.noneOf(CaseAction.class);
        for (Role r : staff.roles()) {
            allowed.addAll(CaseWorkflow.allowedActions(c.getState(), r));
        }
        return allowed;
    }

    static CaseViews.Summary summary(Case c, Instant now) {
        var lead = c.leadAssignment();
        var open = c.openLeadAssignment();
        return new CaseViews.Summary(c.getId(), c.getTrackingCode(), c.getTitle(), c.getState(), c.getState().labelVi(),
                c.getChannel(), c.getCategory() == null ? null : c.getCategory().getCode(),
                c.getCategory() == null ? null : c.getCategory().getNameVi(),
                c.getArea() == null ? null : c.getArea().getCode(), c.getArea() == null ? null : c.getArea().getNameVi(),
                c.getLeadUnit() == null ? null : c.getLeadUnit().getCode(), c.getLeadUnit() == null ? null : c.getLeadUnit().getNameVi(),
                c.getSuggestedUnit() == null ? null : c.getSuggestedUnit().getCode(), c.getReceivedAt(), c.getForwardDueAt(),
                lead.map(Assignment::getDueAt).orElse(null), open.map(a -> a.isOverdueAt(now)).orElse(false),
                open.flatMap(Assignment::openPause).isPresent(), c.getReportCount(),
                c.getLikelyDuplicateOfId() == null ? null
                        : new CaseViews.LikelyDuplicate(c.getLikelyDuplicateOfId(), c.getLikelyDuplicateOfCode(), c.getLikelyDuplicateScore()));
    }
}
