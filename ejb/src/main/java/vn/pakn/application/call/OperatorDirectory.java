package vn.pakn.application.call;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
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
     * The active operator at the extension (or queue member interface); empty when nobody is mapped. When an
     * administrator mapped one extension to two accounts, the pop goes to neither (a screen pop at the wrong desk
     * leaks a caller's history), and the conflict is logged by the caller of this method.
     */
    public Optional<String> operatorAt(String extension, String agentInterface) {
        List<String> keys = new ArrayList<>();
        if (extension != null) {
            keys.add(extension);
        }
        if (agentInterface != null) {
            keys.add(agentInterface);
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        List<AppUser> users = em.createQuery("SELECT u FROM AppUser u WHERE u.active = TRUE AND u.extension IN :k",
                AppUser.class).setParameter("k", keys).getResultList().stream()
                .filter(u -> u.has(Role.OPERATOR)).toList();
        return users.size() == 1 ? Optional.of(users.get(0).getUsername()) : Optional.empty();
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
