package vn.pakn.application.call;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.category.Area;
import vn.pakn.domain.model.shared.PhoneNumbers;

/**
 * The caller's past as the screen pop shows it: earlier reports found by the phone's hash (the column matched at
 * intake), and open cases near the places they reported from or, for reports without coordinates, in the same area.
 * Read-only; one short transaction.
 */
@Stateless
public class CallerHistory {

    /** Radius of "nearby", as a latitude/longitude box (0.0045° ≈ 500 m at Vietnam's latitudes). */
    public static final int NEARBY_METRES = 500;
    static final double NEARBY_DEGREES = 0.0045;
    static final int MAX_REPORTS = 20;
    static final int MAX_PLACES = 5;
    static final int MAX_NEARBY = 10;

    /** Cases that no longer need anyone's attention. */
    static final Set<CaseState> NOT_OPEN = Set.of(CaseState.CLOSED, CaseState.MERGED, CaseState.REDIRECTED,
            CaseState.REJECTED, CaseState.PUBLISHED);

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    /** What the caller reported before and the open cases near them; an unknown or withheld number has none. */
    public CallerPast of(String callerNumber) {
        List<Report> reports = reportsOf(callerNumber);
        List<ScreenPop.EarlierReport> earlier = reports.stream().map(CallerHistory::earlier).toList();
        return new CallerPast(earlier, nearby(reports));
    }

    /** The part of a screen pop that depends on the caller only, so it can be looked up while the call waits. */
    public record CallerPast(List<ScreenPop.EarlierReport> earlierReports, List<ScreenPop.NearbyCase> nearbyOpenCases) {
    }

    private List<Report> reportsOf(String callerNumber) {
        var e164 = PhoneNumbers.normalise(callerNumber);
        if (e164.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM Report r JOIN FETCH r.currentCase LEFT JOIN FETCH r.area "
                + "WHERE r.reporter.phoneHash = :h ORDER BY r.receivedAt DESC", Report.class)
                .setParameter("h", PhoneNumbers.hash(e164.get())).setMaxResults(MAX_REPORTS).getResultList();
    }

    private List<ScreenPop.NearbyCase> nearby(List<Report> reports) {
        Set<Long> own = new java.util.HashSet<>();
        reports.forEach(r -> own.add(r.getCase().getId()));
        Map<Long, ScreenPop.NearbyCase> found = new LinkedHashMap<>();
        List<Report> located = reports.stream().filter(r -> r.getLatitude() != null && r.getLongitude() != null)
                .limit(MAX_PLACES).toList();
        if (!located.isEmpty()) {
            // one query for every place: a box of ±NEARBY_DEGREES around each
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < located.size(); i++) {
                where.append(i == 0 ? "" : " OR ").append("(c.latitude BETWEEN :la").append(i).append(" AND :lb")
                        .append(i).append(" AND c.longitude BETWEEN :oa").append(i).append(" AND :ob").append(i)
                        .append(')');
            }
            var query = em.createQuery("SELECT c FROM PaknCase c LEFT JOIN FETCH c.area WHERE c.state NOT IN :closed "
                    + "AND (" + where + ") ORDER BY c.receivedAt DESC", Case.class).setParameter("closed", NOT_OPEN);
            for (int i = 0; i < located.size(); i++) {
                Report r = located.get(i);
                query.setParameter("la" + i, r.getLatitude() - NEARBY_DEGREES)
                        .setParameter("lb" + i, r.getLatitude() + NEARBY_DEGREES)
                        .setParameter("oa" + i, r.getLongitude() - NEARBY_DEGREES)
                        .setParameter("ob" + i, r.getLongitude() + NEARBY_DEGREES);
            }
            query.setMaxResults(MAX_NEARBY + own.size()).getResultStream()
                    .filter(c -> !own.contains(c.getId()))
                    .forEach(c -> found.putIfAbsent(c.getId(), nearbyCase(c, "NEAR")));
        }
        List<Area> areas = new ArrayList<>();
        reports.stream().map(Report::getArea).filter(a -> a != null && !areas.contains(a)).limit(MAX_PLACES)
                .forEach(areas::add);
        if (found.size() < MAX_NEARBY && !areas.isEmpty()) {
            em.createQuery("SELECT c FROM PaknCase c LEFT JOIN FETCH c.area WHERE c.state NOT IN :closed AND c.area IN :areas "
                    + "ORDER BY c.receivedAt DESC", Case.class)
                    .setParameter("closed", NOT_OPEN).setParameter("areas", areas).setMaxResults(MAX_NEARBY + own.size())
                    .getResultStream()
                    .filter(c -> !own.contains(c.getId()))
                    .forEach(c -> found.putIfAbsent(c.getId(), nearbyCase(c, "SAME_AREA")));
        }
        return found.values().stream().limit(MAX_NEARBY).toList();
    }

    private static ScreenPop.EarlierReport earlier(Report r) {
        Case c = r.getCase();
        return new ScreenPop.EarlierReport(r.getTrackingCode(), c.getTrackingCode(), r.getTitle(), r.getReceivedAt(),
                c.getState().name(), c.getState().labelVi(), r.getAddress(),
                r.getArea() == null ? null : r.getArea().getNameVi());
    }

    private static ScreenPop.NearbyCase nearbyCase(Case c, String reason) {
        return new ScreenPop.NearbyCase(c.getTrackingCode(), c.getTitle(), c.getState().name(), c.getState().labelVi(),
                c.getAddress(), c.getArea() == null ? null : c.getArea().getNameVi(), c.getReceivedAt(), reason);
    }
}
