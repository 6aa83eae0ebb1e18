package vn.pakn.application.cases;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.Report;

/** The reports behind a case, as the index-backed use cases need them. */
@Stateless
public class CaseReports {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    /** The report that opened the case: its words are what the case is about, even after merges into it. */
    public Optional<Report> opening(Case c) {
        return em.createQuery("SELECT r FROM Report r WHERE r.originalCase = :c ORDER BY r.receivedAt", Report.class)
                .setParameter("c", c).setMaxResults(1).getResultStream().findFirst();
    }
}
