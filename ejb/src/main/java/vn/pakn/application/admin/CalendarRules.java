package vn.pakn.application.admin;

import java.time.LocalDate;
import vn.pakn.domain.model.calendar.CalendarDayKind;
import vn.pakn.domain.model.calendar.HolidayCsvException;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.calendar.WorkingHours;
import vn.pakn.domain.model.shared.DomainException;

/** What an ADMIN may put into the working calendar, checked before anything is written. */
public final class CalendarRules {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private CalendarRules() {
    }

    public static void year(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw DomainException.invalid("bad-year", "Năm phải từ " + MIN_YEAR + " đến " + MAX_YEAR + ".",
                    "The year must be " + MIN_YEAR + " to " + MAX_YEAR + ".");
        }
    }

    /**
     * A make-up working day (ngày làm bù) is a weekend day that is worked: on a weekday it would change
     * nothing, which is always a typing mistake. A holiday may fall on a weekend (tables list them).
     */
    public static void day(LocalDate date, CalendarDayKind kind) {
        year(date.getYear());
        if (kind == CalendarDayKind.MAKEUP_WORKDAY && !WorkingCalendar.DEFAULT_WEEKEND.contains(date.getDayOfWeek())) {
            throw DomainException.invalid("makeup-not-weekend",
                    "Ngày làm bù " + vn(date) + " phải là thứ Bảy hoặc Chủ nhật.",
                    "The make-up working day " + date + " must be a Saturday or Sunday.");
        }
    }

    /** Parses the stored form "08:00-12:00,13:30-17:00", or INVALID saying what the form is. */
    public static WorkingHours workingHours(String text) {
        try {
            return WorkingHours.parse(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("bad-working-hours",
                    "Giờ làm việc không hợp lệ (dạng 08:00-12:00,13:30-17:00, các ca theo thứ tự và có giờ nghỉ giữa): " + e.getMessage(),
                    "The working hours are not valid (form 08:00-12:00,13:30-17:00, periods in order with breaks): " + e.getMessage());
        }
    }

    /** A holiday table that cannot be read, as INVALID naming the line. */
    public static DomainException badCsv(HolidayCsvException e) {
        return DomainException.invalid("bad-holiday-csv", "Bảng ngày nghỉ sai ở dòng " + e.lineNumber() + ": " + e.reason(),
                "The holiday table is wrong on line " + e.lineNumber() + ": " + e.reason());
    }

    /** dd/MM/yyyy, as people in Vietnam write dates. */
    static String vn(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
