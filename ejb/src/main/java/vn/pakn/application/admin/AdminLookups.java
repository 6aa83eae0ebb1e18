package vn.pakn.application.admin;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.pakn.domain.model.shared.DomainException;

/**
 * Finds units, categories and areas by code for the admin services: NOT_FOUND when the code is the subject
 * of the request, INVALID when it is something the request refers to (a parent, a lead unit).
 */
final class AdminLookups {

    private AdminLookups() {
    }

    /** {@code type} is an entity with a unique {@code code}: Unit, Category, Area. */
    static <T> Optional<T> byCode(EntityManager em, Class<T> type, String code) {
        return em.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x.code = :c", type)
                .setParameter("c", AdminCodes.lookupKey(code)).getResultStream().findFirst();
    }

    /** The thing the request is about (the code in the URL), or NOT_FOUND. */
    static <T> T existing(EntityManager em, Class<T> type, String code, String vi, String en) {
        return byCode(em, type, code).orElseThrow(() -> AdminCodes.notFound(vi, en, code));
    }

    /** A thing the request refers to (in its body), or INVALID. */
    static <T> T referenced(EntityManager em, Class<T> type, String code, String vi, String en) {
        return byCode(em, type, code).orElseThrow(() -> DomainException.invalid("unknown-" + en.replace(' ', '-'),
                "Không có " + vi + " với mã '" + code + "'.", "There is no " + en + " with code '" + code + "'."));
    }

    /** Refuses to link new things to something deactivated. */
    static void requireActive(boolean active, String vi, String en, String code) {
        if (!active) {
            throw DomainException.invalid("inactive-" + en.replace(' ', '-'),
                    Character.toUpperCase(vi.charAt(0)) + vi.substring(1) + " '" + code + "' đã ngừng hoạt động.",
                    "The " + en + " '" + code + "' is not active.");
        }
    }
}
