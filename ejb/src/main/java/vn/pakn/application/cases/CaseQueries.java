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

    /**
     * A browsed list counts its cases up to this many; beyond, it says "more than" (the count of a large filtered
     * set is a pass over all of it, seconds at a million cases, for a figure nobody pages through).
     */
    public static final int COUNT_LIMIT = 10_000;

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

    /**
     * @param unitCode     cases that this unit works on (as lead or coordinating unit, any time)
     * @param leadUnitCode cases this unit holds as lead unit now: the dashboard's drill-down from a unit's row
     */
    public record Filter(CaseState state, String unitCode, String leadUnitCode, String categoryCode, String areaCode,
                         Channel channel, Boolean overdue, String text, Instant receivedFrom, Instant receivedTo) {
    }

    /** A page by number, with the exact count of the filtered cases (the exports, which want the whole figure). */
    public CaseViews.Page<CaseViews.Summary> list(Filter f, int page, int size) {
        return list(f, page, size, null, Long.MAX_VALUE);
    }

    /**
     * A page as the case list browses: after {@code after} (the {@link CaseViews.Page#next()} of the previous page,
     * newest first, so that a deep page is an index range scan and not an OFFSET over all the pages before it), or
     * by number without it; the count stops at {@link #COUNT_LIMIT} ({@link CaseViews.Page#totalAtLeast()}).
     */
    public CaseViews.Page<CaseViews.Summary> browse(Filter f, int page, int size, String after) {
        return list(f, page, size, after == null || after.isBlank() ? null : CaseCursor.parse(after), COUNT_LIMIT);
    }

    private CaseViews.Page<CaseViews.Summary> list(Filter f, int page, int size, CaseCursor after, long countLimit) {
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
                return new CaseViews.Page<>(List.of(), page, size, 0, false, null);
            }
            // The subtree's units first (a handful), so that the per-case test is a probe of the assignment index
            // and not a join to the units with a LIKE on their paths for each of up to 10,001 counted cases.
            List<Object[]> scopeUnits = em.createQuery("SELECT u.id, u.code FROM Unit u WHERE u.path LIKE :scope", Object[].class)
                    .setParameter("scope", staff.unitPath() + "%").getResultList();
            if (scopeUnits.isEmpty()) {
                return new CaseViews.Page<>(List.of(), page, size, 0, false, null);
            }
            String leadUnit = f.leadUnitCode() == null ? "" : f.leadUnitCode().strip();
            // A case's lead unit always has a live assignment on it (Case.route gives it a new one as it cancels the
            // open ones, returning the case clears the lead unit, merging is only before routing;
            // CaseTest.theLeadUnitAlwaysHasALiveAssignmentOnTheCase): so the drill-down into one of the subtree's own
            // units is within the scope as it is, without the test on each of up to 10,001 counted cases.
            if (scopeUnits.stream().noneMatch(u -> u[1].equals(leadUnit))) {
                // CANCELLED as a literal, not a parameter: PostgreSQL then matches the partial index of the live
                // assignments (V63) in a prepared statement's generic plan too
                where.append(" AND EXISTS (SELECT a FROM Assignment a WHERE a.assignedCase = c"
                        + " AND a.state <> vn.pakn.domain.model.cases.Assignment.State.CANCELLED AND a.unit.id IN :scopeUnits)");
                params.put("scopeUnits", scopeUnits.stream().map(u -> (Long) u[0]).toList());
            }
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
        if (f.leadUnitCode() != null && !f.leadUnitCode().isBlank()) {
            // by id, not through a join on the code: the (lead_unit_id, received_at, id) index then serves the period
            where.append(" AND c.leadUnit.id = (SELECT lu.id FROM Unit lu WHERE lu.code = :leadUnit)");
            params.put("leadUnit", f.leadUnitCode().strip());
        }
        if (f.categoryCode() != null && !f.categoryCode().isBlank()) {
            where.append(" AND c.category.id = (SELECT cc.id FROM Category cc WHERE cc.code = :cat)");
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
        long total;
        boolean atLeast = false;
        if (countLimit == Long.MAX_VALUE) {
            var count = em.createQuery("SELECT COUNT(c) FROM PaknCase c" + where, Long.class);
            params.forEach(count::setParameter);
            total = count.getSingleResult();
        } else {
            // the ids of up to one more than the limit, in index order: no pass over a large set to count it
            var ids = em.createQuery("SELECT c.id FROM PaknCase c" + where, Long.class);
            params.forEach(ids::setParameter);
            total = ids.setMaxResults((int) countLimit + 1).getResultList().size();
            if (total > countLimit) {
                total = countLimit;
                atLeast = true;
            }
        }
        String pageWhere = where.toString();
        if (after != null) {
            // (received_at, id) < the cursor's, written so that the received_at bound is an index condition
            pageWhere += " AND c.receivedAt <= :afterAt AND (c.receivedAt < :afterAt OR c.id < :afterId)";
            params.put("afterAt", after.receivedAt());
            params.put("afterId", after.id());
        }
        var select = em.createQuery("SELECT c FROM PaknCase c" + pageWhere + " ORDER BY c.receivedAt DESC, c.id DESC", Case.class);
        params.forEach(select::setParameter);
        List<Case> cases = select.setFirstResult(after == null ? page * size : 0).setMaxResults(size + 1).getResultList();
        List<CaseViews.Summary> items = cases.stream().limit(size).map(c -> summary(c, now)).toList();
        String next = cases.size() > size ? new CaseCursor(cases.get(size - 1).getReceivedAt(), cases.get(size - 1).getId()).toString() : null;
        return new CaseViews.Page<>(items, page, size, total, atLeast, next);
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
