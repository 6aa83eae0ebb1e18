package vn.pakn.application.cases;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.application.CurrentStaff;
import vn.pakn.application.StaffMember;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.infrastructure.search.SearchIndexing;

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

    public List<DuplicateView> forCase(long caseId) {
        StaffMember staff = currentStaff.get();
        Case c = access.forReading(staff, caseId);
        Report first = em.createQuery("SELECT r FROM Report r WHERE r.originalCase = :c ORDER BY r.receivedAt", Report.class)
                .setParameter("c", c).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (first == null) {
            return List.of();
        }
        List<DuplicateView> out = new ArrayList<>();
        for (var candidate : search.candidatesFor(first, MAX_CANDIDATES + 1)) {
            long otherId;
            try {
                otherId = Long.parseLong(candidate.caseId());
            } catch (NumberFormatException e) {
                continue;
            }
            Case other = em.find(Case.class, otherId);
            if (other == null || otherId == caseId || other.getState() == CaseState.MERGED || !CaseAccess.maySee(staff, other)) {
                continue;
            }
            out.add(new DuplicateView(other.getId(), other.getTrackingCode(), other.getTitle(), other.getState(),
                    other.getState().labelVi(), candidate.score(), candidate.band().name(),
                    candidate.reasons().stream().map(r -> new DuplicateView.Reason(r.code(), r.weight(), r.detail())).toList()));
        }
        return out.size() > MAX_CANDIDATES ? out.subList(0, MAX_CANDIDATES) : out;
    }
}
