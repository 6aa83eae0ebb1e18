package vn.pakn.domain.model.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.time.LocalDate;

/** Test fixture: the 2026–2027 civil-service calendar, written out by hand, and local-time helpers. */
final class VietnamCalendars {

    static final List<LocalDate> HOLIDAYS_2026_2027 = List.of(
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
            LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 27),
            LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
            LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10),
            LocalDate.of(2027, 4, 16), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 3),
            LocalDate.of(2027, 9, 2), LocalDate.of(2027, 9, 3));

    static final List<LocalDate> MAKEUP_2026_2027 = List.of(LocalDate.of(2026, 1, 10));

    static final WorkingCalendar VN = WorkingCalendar.of(HOLIDAYS_2026_2027, MAKEUP_2026_2027);

    private VietnamCalendars() {
    }

    /** An instant given as local time in Asia/Ho_Chi_Minh, e.g. {@code "2026-02-13T16:30"}. */
    static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.DEFAULT_ZONE).toInstant();
    }
}
