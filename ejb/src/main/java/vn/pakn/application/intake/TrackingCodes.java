package vn.pakn.application.intake;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import vn.pakn.domain.model.cases.TrackingCodeGenerator;

/**
 * Draws tracking codes that are free: random (see {@link TrackingCodeGenerator}), checked against the reports and the
 * inbox rows in one query for a whole batch. The unique constraints on both tables stay the final word: a code taken
 * between this check and the commit fails the commit, and the writer retries.
 */
@Stateless
public class TrackingCodes {

    private static final TrackingCodeGenerator CODES = new TrackingCodeGenerator();
    private static final int ATTEMPTS = 8;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    /** {@code count} distinct codes that no report and no inbox row has. */
    public Set<String> draw(int count) {
        Set<String> free = new HashSet<>();
        for (int attempt = 0; attempt < ATTEMPTS && free.size() < count; attempt++) {
            Set<String> drawn = new HashSet<>();
            while (drawn.size() < count - free.size()) {
                String code = CODES.next().value();
                if (!free.contains(code)) {
                    drawn.add(code);
                }
            }
            drawn.removeAll(taken(drawn));
            free.addAll(drawn);
        }
        if (free.size() < count) {
            throw new IllegalStateException("no free tracking code after " + ATTEMPTS + " attempts: the code space is nearly full");
        }
        return free;
    }

    private Set<String> taken(Collection<String> codes) {
        Set<String> taken = new HashSet<>(em.createQuery("SELECT r.trackingCode FROM Report r WHERE r.trackingCode IN :c", String.class)
                .setParameter("c", codes).getResultList());
        taken.addAll(em.createQuery("SELECT i.trackingCode FROM InboxItem i WHERE i.trackingCode IN :c", String.class)
                .setParameter("c", codes).getResultList());
        return taken;
    }
}
