package vn.pakn.application.intake;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pakn.domain.model.shared.DomainException;

/**
 * The category and area codes the journal's acceptance checks a submission against, with each category's forwarding
 * period: read from the database at most every {@link #REFRESH_SECONDS}, and again on an unknown code (at most every
 * {@link #MISS_RELOAD_SECONDS}), so a category ADMIN just created is accepted at once. The case opening checks the
 * codes once more against the database (ReferenceData); a code removed in between fails that row visibly.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class IntakeCodes {

    static final long REFRESH_SECONDS = 60;
    static final long MISS_RELOAD_SECONDS = 5;

    private record Codes(Map<String, Integer> forwardDaysByCategory, Set<String> areas, long loadedAtNanos) {
    }

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    private volatile Codes codes;

    /** The forwarding period (working days) for the category; refuses unknown category or area codes as intake does. */
    public int forwardWorkingDays(String categoryCode, String areaCode) {
        String category = blankToNull(categoryCode);
        String area = blankToNull(areaCode);
        Codes c = current(REFRESH_SECONDS);
        if ((category != null && !c.forwardDaysByCategory().containsKey(category)) || (area != null && !c.areas().contains(area))) {
            c = current(MISS_RELOAD_SECONDS);
        }
        if (category != null && !c.forwardDaysByCategory().containsKey(category)) {
            throw unknown("lĩnh vực", "category", categoryCode);
        }
        if (area != null && !c.areas().contains(area)) {
            throw unknown("địa bàn", "area", areaCode);
        }
        return category == null ? 1 : c.forwardDaysByCategory().get(category);
    }

    private Codes current(long maxAgeSeconds) {
        Codes c = codes;
        if (c == null || System.nanoTime() - c.loadedAtNanos() > maxAgeSeconds * 1_000_000_000L) {
            c = load();
            codes = c;
        }
        return c;
    }

    private Codes load() {
        Map<String, Integer> categories = new HashMap<>();
        em.createQuery("SELECT c.code, c.sla.forwardWorkingDays FROM Category c", Object[].class).getResultList()
                .forEach(row -> categories.put((String) row[0], (Integer) row[1]));
        Set<String> areas = em.createQuery("SELECT a.code FROM Area a", String.class).getResultStream().collect(Collectors.toSet());
        return new Codes(Map.copyOf(categories), Set.copyOf(areas), System.nanoTime());
    }

    private static String blankToNull(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }

    /** The same refusal as {@link vn.pakn.application.ReferenceData} gives for an unknown code. */
    private static DomainException unknown(String vi, String en, String code) {
        return DomainException.invalid("unknown-" + en, "Không có " + vi + " với mã '" + code + "'.",
                "There is no " + en + " with code '" + code + "'.");
    }
}
