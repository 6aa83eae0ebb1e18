package vn.pakn.application.call;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.pakn.domain.model.identity.AppUser;
import vn.pakn.domain.model.identity.Role;

/**
 * Which operator sits at an extension. The administrator sets {@code app_user.extension} through the user admin API,
 * either as the bare extension ({@code 101}) or as the queue member interface ({@code PJSIP/101}); both match.
 */
@Stateless
public class OperatorDirectory {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    /**
     * Extension (as the administrator wrote it: {@code 101} or {@code PJSIP/101}) → the active operators at it; more
     * than one is a mistake the admin API refuses since V30, but older data may hold it.
     */
    public java.util.Map<String, java.util.Set<String>> activeOperators() {
        var map = new java.util.HashMap<String, java.util.Set<String>>();
        em.createQuery("SELECT u FROM AppUser u WHERE u.active = TRUE AND u.extension IS NOT NULL", AppUser.class)
                .getResultStream().filter(u -> u.has(Role.OPERATOR))
                .forEach(u -> map.computeIfAbsent(u.getExtension(), k -> new java.util.TreeSet<>()).add(u.getUsername()));
        return map;
    }

    /** The extension of an operator account, if one is set. */
    public Optional<String> extensionOf(String username) {
        return em.createQuery("SELECT u.extension FROM AppUser u WHERE u.username = :n", String.class)
                .setParameter("n", username).getResultStream().filter(e -> e != null && !e.isBlank()).findFirst();
    }

    /** Extension → username of every operator with one, for per-operator figures. */
    public java.util.Map<String, String> operatorsByExtension() {
        var map = new java.util.HashMap<String, String>();
        em.createQuery("SELECT u FROM AppUser u WHERE u.extension IS NOT NULL", AppUser.class).getResultStream()
                .forEach(u -> {
                    String ext = u.getExtension();
                    map.put(ext, u.getUsername());
                    int slash = ext.indexOf('/');
                    if (slash >= 0) {
                        map.putIfAbsent(ext.substring(slash + 1), u.getUsername());
                    }
                });
        return map;
    }
}
