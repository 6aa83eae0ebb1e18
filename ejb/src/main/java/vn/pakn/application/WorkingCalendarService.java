package vn.pakn.application;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.pakn.domain.model.calendar.CalendarDay;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.calendar.WorkingHours;

/**
 * The working calendar as ADMIN keeps it in the database (calendar_day and the {@code working_hours}
 * setting), cached until an edit. With several nodes, an edit on one node reaches the others at the
 * latest after {@link #CACHE_SECONDS}.
 */
@Singleton
@Lock(LockType.READ)
public class WorkingCalendarService {

    public static final String WORKING_HOURS_SETTING = "working_hours";
    static final long CACHE_SECONDS = 60;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    private volatile WorkingCalendar cached;
    private volatile long loadedAtMillis;

    public WorkingCalendar current() {
        WorkingCalendar c = cached;
        if (c == null || System.currentTimeMillis() - loadedAtMillis > CACHE_SECONDS * 1000) {
            c = load();
            cached = c;
            loadedAtMillis = System.currentTimeMillis();
        }
        return c;
    }

    /** Drops the cache after an ADMIN edit. */
    public void invalidate() {
        cached = null;
    }

    private WorkingCalendar load() {
        var builder = WorkingCalendar.builder();
        workingHoursSetting().map(WorkingHours::parse).ifPresent(builder::workingHours);
        em.createQuery("SELECT d FROM CalendarDay d", CalendarDay.class).getResultList()
                .forEach(d -> builder.day(d.getDay(), d.getKind()));
        return builder.build();
    }

    private Optional<String> workingHoursSetting() {
        return em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?1")
                .setParameter(1, WORKING_HOURS_SETTING)
                .getResultStream().findFirst().map(Object::toString);
    }
}
