package vn.pakn.application.call;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.pakn.domain.model.call.CallbackReason;
import vn.pakn.domain.model.call.CallbackTask;
import vn.pakn.domain.model.call.HotlineCall;
import vn.pakn.telephony.call.CallDirection;
import vn.pakn.telephony.call.CallOutcome;
import vn.pakn.telephony.call.CallSnapshot;
import vn.pakn.telephony.call.PhoneNumbers;
import vn.pakn.telephony.kpi.KpiSettings;

/**
 * Keeps the hotline_call table in step with the listener's snapshots, idempotently by Linkedid, and opens the
 * callback task of an abandoned call. One transaction per snapshot; the call's row is locked while it is updated,
 * so two snapshots of one call never interleave.
 */
@Stateless
public class CallRecords {

    private static final Logger LOG = Logger.getLogger(CallRecords.class);

    /** Abandons shorter than this are misdials or curiosity, not citizens waiting for an answer (as in the KPIs). */
    static final Duration SHORT_ABANDON = KpiSettings.DEFAULT_SHORT_ABANDON_THRESHOLD;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Applies the snapshot; returns false when it was stale (an older revision, or a replay of an ended call). */
    public boolean record(CallSnapshot s, long revision) {
        Instant now = clock.instant();
        HotlineCall call = lockOrCreate(s.linkedId(), s.direction(), now);
        boolean wasEnded = call.isEnded();
        if (!call.apply(s, revision, now)) {
            return false;
        }
        if (s.isEnded() && !wasEnded) {
            ended(s, now);
        }
        return true;
    }

    /** A survey answer, stored against its call (the row is created if the listener has not stored it yet). */
    public void rate(String linkedId, int score, Instant at) {
        lockOrCreate(linkedId, CallDirection.INBOUND, clock.instant()).rate(score, at);
    }

    /**
     * Opens a callback task for the call unless it has one; {@code reportId} links the report a message became.
     *
     * @return true when a task was created now
     */
    public boolean openCallback(String linkedId, CallbackReason reason, String citizenNumber, String queue,
            Long reportId) {
        int created = em.createNativeQuery(CallSql.INSERT_CALLBACK).setParameter(1, linkedId)
                .setParameter(2, reason.name()).setParameter(3, citizenNumber).setParameter(4, queue)
                .setParameter(5, reportId).setParameter(6, clock.instant()).executeUpdate();
        if (created == 1) {
            LOG.infof("PAKN0801: callback task opened for call %s (%s, caller %s)", linkedId, reason,
                    PhoneNumbers.mask(citizenNumber));
        }
        return created == 1;
    }

    public Optional<HotlineCall> find(String linkedId) {
        return em.createQuery("SELECT c FROM HotlineCall c WHERE c.linkedId = :l", HotlineCall.class)
                .setParameter("l", linkedId).getResultStream().findFirst();
    }

    /** The call and the tracking codes of the reports taken during it. */
    public Optional<CallView> view(String linkedId) {
        return find(linkedId).map(c -> CallView.of(c, em.createQuery(
                "SELECT r.trackingCode FROM Report r WHERE r.callLinkedId = :l ORDER BY r.receivedAt", String.class)
                .setParameter("l", linkedId).getResultList()));
    }

    /** Calls that started in [from, to), for the KPIs. */
    public List<HotlineCall> startedBetween(Instant from, Instant to) {
        return em.createQuery("SELECT c FROM HotlineCall c WHERE c.startedAt >= :f AND c.startedAt < :t "
                + "ORDER BY c.startedAt", HotlineCall.class).setParameter("f", from).setParameter("t", to)
                .getResultList();
    }

    private HotlineCall lockOrCreate(String linkedId, CallDirection direction, Instant now) {
        em.createNativeQuery(CallSql.INSERT_CALL).setParameter(1, linkedId).setParameter(2, direction.name())
                .setParameter(3, now).executeUpdate();
        return em.createQuery("SELECT c FROM HotlineCall c WHERE c.linkedId = :l", HotlineCall.class)
                .setParameter("l", linkedId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    private void ended(CallSnapshot s, Instant now) {
        if (s.direction() == CallDirection.CALLBACK) {
            callbackTaskOf(s).ifPresent(task -> task.attemptEnded(s.answeredAt() != null));
            return;
        }
        if (s.outcome() == CallOutcome.ABANDONED && s.waited().orElse(Duration.ZERO).compareTo(SHORT_ABANDON) >= 0
                && dialable(s.citizenNumber())) {
            openCallback(s.linkedId(), CallbackReason.ABANDONED, s.citizenNumber(), s.queue(), null);
        }
        LOG.debugf("PAKN0802: call %s ended %s at %s", s.linkedId(), s.outcome(), now);
    }

    private Optional<CallbackTask> callbackTaskOf(CallSnapshot s) {
        try {
            return s.callbackTaskId() == null ? Optional.empty()
                    : Optional.ofNullable(em.find(CallbackTask.class, Long.valueOf(s.callbackTaskId())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A number that can be called back: digits with an optional +, not an extension or "unknown". */
    static boolean dialable(String number) {
        return number != null && number.matches("\\+?\\d{8,15}");
    }
}
