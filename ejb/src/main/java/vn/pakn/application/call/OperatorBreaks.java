package vn.pakn.application.call;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.pakn.domain.model.call.OperatorBreak;
import vn.pakn.domain.model.call.TelephonyGateway;
import vn.pakn.domain.model.identity.AppUser;
import vn.pakn.domain.model.shared.DomainException;

/**
 * Break on and off for an operator: pauses (or resumes) their extension in every queue through Asterisk, then
 * records the break. Asterisk is asked first, so a refused pause leaves no break on record; asking twice for the
 * same state answers with the state as it is (two tabs, a double click). The operator's account row is locked while
 * switching, so two requests at once never open two breaks.
 */
@Stateless
public class OperatorBreaks {

    private static final Logger AUDIT = Logger.getLogger("vn.pakn.audit.calldesk");

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private OperatorDirectory operators;

    @Inject
    private TelephonyGateway telephony;

    /** Whether the operator is on break now, and since when. */
    public BreakView current(String username) {
        Instant now = clock.instant();
        return open(username).map(b -> BreakView.of(b, now)).orElseGet(() -> BreakView.none(username));
    }

    /** Switches the operator's break on or off; see the class comment for repeated requests. */
    public BreakView set(String username, boolean onBreak, String reason) {
        lockAccount(username);
        Optional<OperatorBreak> open = open(username);
        Instant now = clock.instant();
        if (onBreak == open.isPresent()) {
            return open.map(b -> BreakView.of(b, now)).orElseGet(() -> BreakView.none(username));
        }
        String extension = operators.extensionOf(username).orElseThrow(() -> DomainException.invalid("no-extension",
                "Tài khoản của bạn chưa được gán số máy lẻ; nhờ quản trị viên gán trước khi báo nghỉ.",
                "Your account has no extension; ask an administrator to set one before taking a break."));
        if (onBreak) {
            OperatorBreak started = OperatorBreak.begin(username, extension, reason, now);
            telephony.pause(extension, true, started.getReason().orElse(null));
            em.persist(started);
            AUDIT.infof("PAKN1200: operator %s on break at extension %s", username, extension);
            return BreakView.of(started, now);
        }
        OperatorBreak ended = open.get();
        // Resume the extension the break paused, even if the account's extension changed meanwhile.
        telephony.pause(ended.getExtension(), false, null);
        ended.end(now);
        AUDIT.infof("PAKN1201: operator %s back from break at extension %s after %d s", username,
                ended.getExtension(), ended.length(now).toSeconds());
        return BreakView.of(ended, now);
    }

    /** Time on break per extension within [from, to), for the hotline KPIs by operator. */
    public Map<String, Duration> byExtension(Instant from, Instant to) {
        var breaks = em.createQuery("SELECT b FROM OperatorBreak b WHERE b.startedAt < :t AND (b.endedAt IS NULL OR "
                + "b.endedAt > :f)", OperatorBreak.class).setParameter("f", from).setParameter("t", to).getResultList();
        return BreakTime.byExtension(breaks, from, to, clock.instant());
    }

    private Optional<OperatorBreak> open(String username) {
        return em.createQuery("SELECT b FROM OperatorBreak b WHERE b.username = :u AND b.endedAt IS NULL "
                + "ORDER BY b.startedAt DESC", OperatorBreak.class).setParameter("u", username).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private void lockAccount(String username) {
        em.createQuery("SELECT u FROM AppUser u WHERE u.username = :n", AppUser.class).setParameter("n", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("tài khoản", "account", username));
    }
}
