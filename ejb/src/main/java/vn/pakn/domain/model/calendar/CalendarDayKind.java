package vn.pakn.domain.model.calendar;

/** What an exceptional date in a {@link WorkingCalendar} is: the two kinds an ADMIN maintains. */
public enum CalendarDayKind {
    /** A date without work: a public holiday, a day off in lieu or a swapped day (ngày nghỉ lễ, nghỉ bù). */
    HOLIDAY,
    /** A weekend date that is worked to make up for a swapped day (ngày làm bù). */
    MAKEUP_WORKDAY
}
