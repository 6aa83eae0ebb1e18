package vn.pakn.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.pakn.domain.model.cases.CaseEvent;

/** Appends case events and reads a case's history, oldest first. */
@Stateless
public class CaseHistory {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    public void append(CaseEvent event) {
        em.persist(event);
    }

    public List<CaseEvent> of(Long caseId) {
        return em.createQuery("SELECT e FROM CaseEvent e WHERE e.caseId = :id ORDER BY e.occurredAt, e.id", CaseEvent.class)
                .setParameter("id", caseId).getResultList();
    }
}
