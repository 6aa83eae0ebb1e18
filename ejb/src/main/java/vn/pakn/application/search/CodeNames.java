package vn.pakn.application.search;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;

/** Vietnamese names of the unit, category and area codes the index stores, for one answer at a time. */
@Stateless
public class CodeNames {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    public Names load() {
        return new Names(pairs("SELECT u.code, u.nameVi FROM Unit u"), pairs("SELECT c.code, c.nameVi FROM Category c"),
                pairs("SELECT a.code, a.nameVi FROM Area a"));
    }

    private Map<String, String> pairs(String jpql) {
        Map<String, String> out = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
            out.put((String) row[0], (String) row[1]);
        }
        return out;
    }

    /** Lookups that fall back to the code itself, so a unit renamed or removed still shows something. */
    public record Names(Map<String, String> units, Map<String, String> categories, Map<String, String> areas) {

        public String unit(String code) {
            return code == null ? null : units.getOrDefault(code, code);
        }

        public String category(String code) {
            return code == null ? null : categories.getOrDefault(code, code);
        }

        public String area(String code) {
            return code == null ? null : areas.getOrDefault(code, code);
        }
    }
}
