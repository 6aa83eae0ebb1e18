package vn.pakn.application.cases;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.application.CurrentStaff;
import vn.pakn.application.StaffMember;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.infrastructure.search.SearchIndexing;
import vn.pakn.search.DuplicateCandidate;

/** Candidate duplicates of a case, best first: other open or answered cases the finder ranks, never the case itself. */
@Stateless
public class DuplicateCheck {

    static final int MAX_CANDIDATES = 10;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private CaseAccess access;

    @Inject
    private SearchIndexing search;

    @Inject
    private Clock clock;

    @Inject
    private CaseReports reports;

    public List<DuplicateView> forCase(long caseId) {
        StaffMember staff = currentStaff.get();
        Case c = access.forReading(staff, caseId);
        Report first = reports.opening(c).orElse(null);
        if (first == null) {
            return List.of();
        }
        return views(staff, search.candidatesFor(first, caseId, MAX_CANDIDATES + 1), caseId);
    }

    /**
     * Cases a report being typed may repeat, for the operator's or dispatcher's "add to this case instead" hint.
     * Only staff who see every case ask this: a unit officer does not take reports in.
     */
    public List<DuplicateView> forDraft(DraftReport draft) {
        StaffMember staff = currentStaff.get();
        if (!staff.seesAllCases()) {
            throw DomainException.forbidden("Chỉ tổng đài viên và cán bộ tiếp nhận được kiểm tra trùng.",
                    "Only operators and dispatchers check drafts for duplicates.");
        }
        if (isBlank(draft.text()) && isBlank(draft.title())) {
            return List.of();
        }
        return views(staff, search.candidatesFor(draft, clock.instant(), true, MAX_CANDIDATES), -1);
    }

    private List<DuplicateView> views(StaffMember staff, List<DuplicateCandidate> candidates, long excludedCaseId) {
        List<DuplicateView> out = new ArrayList<>();
        for (var candidate : candidates) {
            long otherId;
            try {
                otherId = Long.parseLong(candidate.caseId());
            } catch (NumberFormatException e) {
                continue;
            }
            Case other = em.find(Case.class, otherId);
            if (other == null || otherId == excludedCaseId || other.getState() == CaseState.MERGED || !CaseAccess.maySee(staff, other)) {
                continue;
            }
            out.add(new DuplicateView(other.getId(), other.getTrackingCode(), other.getTitle(), other.getState(),
                    other.getState().labelVi(), candidate.score(), candidate.band().name(),
                    candidate.reasons().stream().map(r -> new DuplicateView.Reason(r.code(), r.weight(), r.detail())).toList()));
        }
        return out.size() > MAX_CANDIDATES ? out.subList(0, MAX_CANDIDATES) : out;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
