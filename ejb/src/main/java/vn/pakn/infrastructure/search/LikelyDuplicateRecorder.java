package vn.pakn.infrastructure.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.search.DuplicateBand;
import vn.pakn.search.DuplicateCandidate;
import vn.pakn.search.DuplicateQuery;

/** Writes the finder's best "likely" candidate onto a case, in its own transaction, unless a hint is already there. */
@Stateless
public class LikelyDuplicateRecorder {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private ComplaintSearchIndex index;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long caseId, DuplicateQuery query) {
        for (DuplicateCandidate candidate : index.candidates(query, 1, java.util.Set.of(String.valueOf(caseId)))) {
            if (candidate.band() != DuplicateBand.LIKELY) {
                return;
            }
            long otherId;
            try {
                otherId = Long.parseLong(candidate.caseId());
            } catch (NumberFormatException e) {
                continue;
            }
            Case other = otherId == caseId ? null : em.find(Case.class, otherId);
            if (other != null && other.getState() != CaseState.MERGED) {
                em.createQuery("UPDATE PaknCase c SET c.likelyDuplicateOfId = :id, c.likelyDuplicateOfCode = :code, "
                                + "c.likelyDuplicateScore = :score WHERE c.id = :case AND c.likelyDuplicateOfId IS NULL")
                        .setParameter("id", other.getId()).setParameter("code", other.getTrackingCode())
                        .setParameter("score", candidate.score()).setParameter("case", caseId).executeUpdate();
                return;
            }
        }
    }
}
