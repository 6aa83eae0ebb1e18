package vn.pakn.application.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.pakn.domain.model.calendar.WorkingCalendar;
import vn.pakn.domain.model.cases.TrackingCode;

/** Dates, times, durations and tracking codes as Vietnamese documents and messages write them. */
public final class VietnameseFormats {

    public static final ZoneId ZONE = WorkingCalendar.DEFAULT_ZONE;
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter TIME_DATE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    public static final DateTimeFormatter TIME_DATE_EN = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");

    private VietnameseFormats() {
    }

    /** dd/MM/yyyy of the instant in Asia/Ho_Chi_Minh. */
    public static String date(Instant instant) {
        return DATE.format(instant.atZone(ZONE));
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "16:30 ngày 24/11/2026". */
    public static String timeDate(Instant instant) {
        return TIME_DATE.format(instant.atZone(ZONE));
    }

    /** "16:30, 24/11/2026". */
    public static String timeDateEn(Instant instant) {
        return TIME_DATE_EN.format(instant.atZone(ZONE));
    }

    /** "3 giờ 30 phút", "45 phút"; the sign is dropped. */
    public static String hoursVi(Duration d) {
        return hours(d, " giờ", " phút");
    }

    /** "3 h 30 min", "45 min"; the sign is dropped. */
    public static String hoursEn(Duration d) {
        return hours(d, " h", " min");
    }

    private static String hours(Duration d, String h, String m) {
        long minutes = d.abs().toMinutes();
        long hh = minutes / 60;
        long mm = minutes % 60;
        if (hh == 0) {
            return mm + m;
        }
        return mm == 0 ? hh + h : hh + h + " " + mm + m;
    }

    /** "123 456 789 0" for a valid code, the text as stored otherwise. */
    public static String trackingCode(String code) {
        return TrackingCode.tryParse(code).map(TrackingCode::formatted).orElse(code);
    }
}
