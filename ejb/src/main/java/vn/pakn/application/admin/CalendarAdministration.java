package vn.pakn.application.admin;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.pakn.application.StaffMember;
import vn.pakn.application.WorkingCalendarService;
import vn.pakn.application.admin.AdminForms.DayForm;
import vn.pakn.application.admin.AdminViews.CalendarDayView;
import vn.pakn.application.admin.AdminViews.CalendarImport;
import vn.pakn.application.admin.AdminViews.CalendarYearView;
import vn.pakn.application.admin.AdminViews.DayWritten;
import vn.pakn.domain.model.calendar.CalendarDay;
import vn.pakn.domain.model.calendar.HolidayCsv;
import vn.pakn.domain.model.calendar.HolidayCsvException;
import vn.pakn.domain.model.calendar.WorkingHours;
import vn.pakn.domain.model.shared.DomainException;

/**
 * The working calendar: holidays and make-up working days by date, imports of the holiday table format
 * ({@link HolidayCsv}), and the working hours. Every change drops the cached calendar once the transaction
 * has committed, so deadlines are computed with the new days from then on (other nodes within a minute).
 */
@Stateless
public class CalendarAdministration {

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private AdminAccess access;

    @Inject
    private WorkingCalendarService calendars;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    public CalendarYearView year(int year) {
        access.requireAdmin();
        CalendarRules.year(year);
        List<CalendarDayView> days = em.createQuery("SELECT d FROM CalendarDay d WHERE d.day BETWEEN :a AND :b ORDER BY d.day",
                        CalendarDay.class)
                .setParameter("a", LocalDate.of(year, 1, 1)).setParameter("b", LocalDate.of(year, 12, 31))
                .getResultStream().map(CalendarDayView::of).toList();
        return new CalendarYearView(year, currentWorkingHours(), days);
    }

    /** Adds or replaces the exception on {@code date}. */
    public DayWritten putDay(LocalDate date, DayForm form) {
        StaffMember admin = access.requireAdmin();
        Objects.requireNonNull(date, "date");
        CalendarRules.day(date, form.kind());
        CalendarDay day = form.kind() == null ? null : new CalendarDay(date, form.kind(),
                AdminCodes.requiredText(form.nameVi(), "tên ngày", "day name"), AdminCodes.optionalText(form.nameEn()));
        boolean added = write(date, day);
        AdminAudit.log(admin.username(), added ? "add" : "replace", "calendar-day", date, "kind=" + form.kind());
        invalidateAfterCommit();
        return new DayWritten(added, CalendarDayView.of(day));
    }

    public void removeDay(LocalDate date) {
        StaffMember admin = access.requireAdmin();
        CalendarDay day = em.find(CalendarDay.class, date);
        if (day == null) {
            throw AdminCodes.notFound("ngày nghỉ / làm bù", "calendar day", date);
        }
        em.remove(day);
        AdminAudit.log(admin.username(), "remove", "calendar-day", date, "kind=" + day.getKind());
        invalidateAfterCommit();
    }

    /**
     * Imports a holiday table: all rows or none. A row for a date already in the calendar replaces it when it
     * differs; {@code status} and {@code source} columns are checked but not stored.
     */
    public CalendarImport importCsv(String csv) {
        StaffMember admin = access.requireAdmin();
        List<HolidayCsv.Row> rows;
        try {
            rows = HolidayCsv.read(new StringReader(csv == null ? "" : csv));
        } catch (HolidayCsvException e) {
            throw CalendarRules.badCsv(e);
        }
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        for (HolidayCsv.Row row : rows) {
            CalendarRules.day(row.date(), row.kind());
            CalendarDay existing = em.find(CalendarDay.class, row.date());
            if (existing != null && existing.getKind() == row.kind() && existing.getNameVi().equals(row.nameVi())
                    && Objects.equals(existing.getNameEn(), row.nameEn())) {
                unchanged++;
            } else if (write(row.date(), new CalendarDay(row.date(), row.kind(), row.nameVi(), row.nameEn()))) {
                added++;
            } else {
                replaced++;
            }
        }
        AdminAudit.log(admin.username(), "import", "calendar", rows.size() + " rows",
                "added=" + added + " replaced=" + replaced + " unchanged=" + unchanged);
        invalidateAfterCommit();
        return new CalendarImport(added, replaced, unchanged);
    }

    public String workingHours() {
        access.requireAdmin();
        return currentWorkingHours();
    }

    /** Sets the working hours ("08:00-12:00,13:30-17:00"); returns them in the stored form. */
    public String setWorkingHours(String text) {
        StaffMember admin = access.requireAdmin();
        WorkingHours hours = CalendarRules.workingHours(text);
        int updated = em.createNativeQuery("UPDATE app_setting SET setting_value = ?1 WHERE setting_key = ?2")
                .setParameter(1, hours.toString()).setParameter(2, WorkingCalendarService.WORKING_HOURS_SETTING).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?1, ?2)")
                    .setParameter(1, WorkingCalendarService.WORKING_HOURS_SETTING).setParameter(2, hours.toString()).executeUpdate();
        }
        AdminAudit.log(admin.username(), "set", "working-hours", hours);
        invalidateAfterCommit();
        return hours.toString();
    }

    /** Writes {@code day} over whatever is on its date; true if the date was new. */
    private boolean write(LocalDate date, CalendarDay day) {
        if (day == null) {
            throw DomainException.invalid("missing-kind", "Cần chọn loại ngày (HOLIDAY hoặc MAKEUP_WORKDAY).",
                    "The kind (HOLIDAY or MAKEUP_WORKDAY) is required.");
        }
        boolean added = em.find(CalendarDay.class, date) == null;
        em.merge(day);
        return added;
    }

    private String currentWorkingHours() {
        List<?> values = em.createNativeQuery("SELECT setting_value FROM app_setting WHERE setting_key = ?1")
                .setParameter(1, WorkingCalendarService.WORKING_HOURS_SETTING).getResultList();
        return values.isEmpty() ? WorkingHours.DEFAULT.toString() : values.get(0).toString();
    }

    /** Drops the cache now and again after the commit, so no reader caches the calendar from before the change. */
    private void invalidateAfterCommit() {
        calendars.invalidate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                try {
                    calendars.invalidate();
                } catch (RuntimeException e) {
                    // the cache expires by itself within WorkingCalendarService's cache time
                    org.jboss.logging.Logger.getLogger(CalendarAdministration.class)
                            .debugf("PAKN0701: calendar cache not dropped after commit: %s", e.toString());
                }
            }
        });
    }
}
