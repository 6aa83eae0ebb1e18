package vn.pakn.application.deadline;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.pakn.application.CaseHistory;
import vn.pakn.application.Notifier;
import vn.pakn.application.WorkingCalendarService;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.cases.Assignment;
import vn.pakn.domain.model.cases.CaseEvent;
import vn.pakn.domain.model.identity.Actor;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.notification.Recipients;

/**
 * One pass of the deadline monitor: finds the assignments that may need a warning or an overdue flag, and
 * handles each in its own transaction. "Once" is made safe for several nodes by conditional updates:
 * {@code warned_at} / {@code overdue_flagged_at} are set only where still NULL and the due time is still the
 * one judged, and the messages are written only by the transaction whose update changed the row.
 *
 * <p>The escalation is recorded in the case history as an event with action {@value #ESCALATION_ACTION}
 * (not a {@code CaseAction}: it changes nothing in the workflow).
 */
@Stateless
public class DeadlineSweep {

    public static final String ESCALATION_ACTION = "OVERDUE_ESCALATION";
    private static final Logger LOG = Logger.getLogger(DeadlineSweep.class);
    private static final List<Assignment.State> OPEN = List.of(Assignment.State.ASSIGNED, Assignment.State.ACCEPTED);

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private WorkingCalendarService calendars;

    @Inject
    private Notifier notifier;

    @Inject
    private CaseHistory history;

    /** Ids of open, unpaused assignments on worked cases that are overdue and unflagged or may need a warning. */
    public List<Long> candidates(Instant now, int limit) {
        WorkingCalendar calendar = calendars.current();
        Integer maxWarn = em.createQuery("SELECT MAX(c.sla.warnBeforeWorkingHours) FROM Category c", Integer.class)
                .getSingleResult();
        Instant horizon = DeadlineWatch.warningHorizon(calendar, now, maxWarn == null ? 0 : maxWarn);
        return em.createQuery("""
                SELECT a.id FROM Assignment a JOIN a.assignedCase c
                WHERE a.state IN :open AND c.state IN :working AND a.overdueFlaggedAt IS NULL
                  AND (a.dueAt < :now OR (a.warnedAt IS NULL AND a.dueAt <= :horizon))
                  AND NOT EXISTS (SELECT p.id FROM PausePeriod p WHERE p.assignment = a AND p.endedAt IS NULL)
                ORDER BY a.dueAt, a.id""", Long.class)
                .setParameter("open", OPEN)
                .setParameter("working", DeadlineWatch.WORKING_CASE_STATES)
                .setParameter("now", now)
                .setParameter("horizon", horizon)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Judges one assignment at {@code now} and acts; returns what was done (NOTHING if another node was first). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DeadlineWatch.Decision handle(long assignmentId, Instant now) {
        Assignment a = em.find(Assignment.class, assignmentId);
        if (a == null) {
            return DeadlineWatch.Decision.NOTHING;
        }
        WorkingCalendar calendar = calendars.current();
        var decision = DeadlineWatch.decide(WatchedAssignment.of(a), calendar, now);
        var c = a.getCase();
        var unit = a.getUnit();
        var facts = new DeadlineMessages.Facts(c.getTrackingCode(), c.getTitle(), unit.getNameVi(), unit.getNameEn(),
                a.getRole(), a.getDueAt());
        switch (decision) {
            case WARN -> {
                if (!claim("warnedAt", a, now)) {
                    return DeadlineWatch.Decision.NOTHING;
                }
                var m = DeadlineMessages.warning(facts, calendar.workingTimeBetween(now, a.getDueAt()));
                notifier.notify(m.kind(), c.getId(), unit.getId(), Recipients.unit(unit.getId()), m.subject(), m.body());
                LOG.infof("PAKN0201: deadline warning for assignment %d (case %d, unit %d)", a.getId(), c.getId(), unit.getId());
            }
            case FLAG_OVERDUE -> {
                if (!claim("overdueFlaggedAt", a, now)) {
                    return DeadlineWatch.Decision.NOTHING;
                }
                var late = calendar.workingTimeBetween(a.getDueAt(), now);
                for (var d : OverdueEscalation.plan(unit.getId(), unitLeaders(unit.getId()), facts, late)) {
                    notifier.notify(d.message().kind(), c.getId(), unit.getId(), d.recipient(), d.message().subject(),
                            d.message().body());
                }
                history.append(new CaseEvent(c.getId(), now, Actor.SYSTEM.username(), Role.SYSTEM, ESCALATION_ACTION,
                        c.getState(), c.getState(), unit.getId(), DeadlineMessages.escalationNote(facts)));
                LOG.infof("PAKN0202: assignment %d (case %d, unit %d) flagged overdue and escalated", a.getId(), c.getId(),
                        unit.getId());
            }
            case NOTHING -> {
            }
        }
        return decision;
    }

    /**
     * Sets {@code field} to {@code now} where it is still NULL, the assignment still open and still due when it
     * was judged. The version is not bumped, so a user working the case at the same moment is not refused.
     */
    private boolean claim(String field, Assignment a, Instant now) {
        int n = em.createQuery("UPDATE Assignment a SET a." + field + " = :now WHERE a.id = :id AND a." + field
                        + " IS NULL AND a.dueAt = :due AND a.state IN :open")
                .setParameter("now", now)
                .setParameter("id", a.getId())
                .setParameter("due", a.getDueAt())
                .setParameter("open", OPEN)
                .executeUpdate();
        return n == 1;
    }

    private List<String> unitLeaders(long unitId) {
        return em.createQuery("""
                SELECT u.username FROM AppUser u JOIN u.roles r
                WHERE u.unit.id = :unit AND r = :role AND u.active = true""", String.class)
                .setParameter("unit", unitId)
                .setParameter("role", Role.UNIT_LEADER)
                .getResultList();
    }
}
