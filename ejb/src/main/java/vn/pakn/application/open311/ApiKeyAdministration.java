package vn.pakn.application.open311;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;
import vn.pakn.application.StaffMember;
import vn.pakn.application.admin.AdminAccess;
import vn.pakn.domain.model.open311.ApiKey;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.shared.Texts;

/** ADMIN issues one API key per client application, lists keys (never their secrets) and revokes them. */
@Stateless
public class ApiKeyAdministration {

    private static final Logger LOG = Logger.getLogger("vn.pakn.audit.admin");

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private AdminAccess access;

    @Inject
    private Clock clock;

    public Open311Views.IssuedKey issue(String clientName, String contact) {
        StaffMember admin = access.requireAdmin();
        String name = Texts.nfcOrNull(clientName);
        if (name == null) {
            throw DomainException.invalid("missing-client-name", "Cần nhập tên ứng dụng.", "The client application's name is required.");
        }
        if (name.length() > 200) {
            throw DomainException.invalid("client-name-too-long", "Tên ứng dụng tối đa 200 ký tự.", "The name may have at most 200 characters.");
        }
        String contactText = Texts.nfcOrNull(contact);
        if (contactText != null && contactText.length() > 320) {
            throw DomainException.invalid("contact-too-long", "Thông tin liên hệ tối đa 320 ký tự.", "The contact may have at most 320 characters.");
        }
        var issued = ApiKey.issue(name, contactText, clock.instant(), admin.username());
        em.persist(issued.key());
        em.flush();
        LOG.infof("PAKN1101: admin %s issued Open311 key %d (%s) for client %s", admin.username(), issued.key().getId(),
                issued.key().getKeyPrefix(), name);
        return new Open311Views.IssuedKey(view(issued.key()), issued.secret());
    }

    public List<Open311Views.ApiKeyView> list() {
        access.requireAdmin();
        return em.createQuery("SELECT k FROM ApiKey k ORDER BY k.createdAt DESC, k.id DESC", ApiKey.class).getResultStream()
                .map(ApiKeyAdministration::view).toList();
    }

    public Open311Views.ApiKeyView revoke(long id) {
        StaffMember admin = access.requireAdmin();
        ApiKey key = em.find(ApiKey.class, id);
        if (key == null) {
            throw DomainException.notFound("khoá API", "API key", id);
        }
        key.revoke(clock.instant(), admin.username());
        LOG.infof("PAKN1102: admin %s revoked Open311 key %d (%s) of client %s", admin.username(), id, key.getKeyPrefix(),
                key.getClientName());
        return view(key);
    }

    static Open311Views.ApiKeyView view(ApiKey k) {
        return new Open311Views.ApiKeyView(k.getId(), k.getClientName(), k.getContact(), k.getKeyPrefix(), k.getCreatedAt(),
                k.getCreatedBy(), k.getRevokedAt(), k.isActive());
    }
}
