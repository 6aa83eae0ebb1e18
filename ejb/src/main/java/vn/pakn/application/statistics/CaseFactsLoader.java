package vn.pakn.application.statistics;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pakn.domain.model.calendar.PauseInterval;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.shared.Channel;

/**
 * Loads the {@link CaseFacts} of the cases received in {@code [start, end)} that are not MERGED, in four queries (the
 * cases, their lead assignments, the pauses of those, the ratings of their reports), for the
 * {@link StatisticsCalculator}.
 */
@Stateless
public class CaseFactsLoader {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    public List<CaseFacts> facts(Instant start, Instant end) {
        String inPeriod = " c.receivedAt >= :start AND c.receivedAt < :end AND c.state <> :merged";
        Map<Long, List<Object[]>> leads = new HashMap<>();
        for (Object[] a : period(em.createQuery("""
                SELECT c.id, a.id, a.unit.id, a.state, a.assignedAt, a.dueAt, a.answeredAt FROM Assignment a JOIN a.assignedCase c
                WHERE a.role = :lead AND""" + inPeriod + " ORDER BY a.assignedAt, a.id", Object[].class), start, end)
                .setParameter("lead", Assignment.Role.LEAD).getResultList()) {
            leads.computeIfAbsent((Long) a[0], k -> new ArrayList<>()).add(a);
        }
        Map<Long, List<PauseInterval>> pauses = new HashMap<>();
        for (Object[] p : period(em.createQuery("""
                SELECT a.id, p.startedAt, p.endedAt FROM PausePeriod p JOIN p.assignment a JOIN a.assignedCase c
                WHERE a.role = :lead AND""" + inPeriod, Object[].class), start, end)
                .setParameter("lead", Assignment.Role.LEAD).getResultList()) {
            pauses.computeIfAbsent((Long) p[0], k -> new ArrayList<>()).add(new PauseInterval((Instant) p[1], (Instant) p[2]));
        }
        Map<Long, long[]> ratings = new HashMap<>();
        for (Object[] r : period(em.createQuery("""
                SELECT c.id, SUM(r.score), COUNT(r) FROM Rating r, Report rp JOIN rp.currentCase c
                WHERE rp.id = r.reportId AND""" + inPeriod + " GROUP BY c.id", Object[].class), start, end).getResultList()) {
            ratings.put((Long) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        List<CaseFacts> out = new ArrayList<>();
        for (Object[] c : period(em.createQuery("""
                SELECT c.id, c.channel, cat.id, c.receivedAt, c.state, c.reportCount, c.reopenedCount
                FROM PaknCase c LEFT JOIN c.category cat WHERE""" + inPeriod, Object[].class), start, end).getResultList()) {
            long id = (Long) c[0];
            List<Object[]> caseLeads = leads.getOrDefault(id, List.of());
            List<Long> returnedBy = caseLeads.stream().filter(a -> a[3] == Assignment.State.RETURNED).map(a -> (Long) a[2]).toList();
            CaseFacts.Lead lead = null;
            if (!caseLeads.isEmpty()) {
                Object[] a = caseLeads.get(caseLeads.size() - 1);
                lead = new CaseFacts.Lead((Long) a[2], (Assignment.State) a[3], (Instant) a[4], (Instant) a[5], (Instant) a[6],
                        pauses.getOrDefault((Long) a[1], List.of()));
            }
            long[] rating = ratings.getOrDefault(id, new long[2]);
            out.add(new CaseFacts(id, (Channel) c[1], (Long) c[2], (Instant) c[3], (CaseState) c[4], (Integer) c[5],
                    (Integer) c[6], lead, returnedBy, rating[0], rating[1]));
        }
        return out;
    }

    private static TypedQuery<Object[]> period(TypedQuery<Object[]> query, Instant start, Instant end) {
        query.setParameter("start", start).setParameter("end", end).setParameter("merged", CaseState.MERGED);
        return query;
    }
}
