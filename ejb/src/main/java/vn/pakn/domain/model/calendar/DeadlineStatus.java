package vn.pakn.domain.model.calendar;

/**
 * How an answer stands against its due time (trước hạn / đúng hạn / quá hạn), as decided by
 * {@link WorkingCalendar#statusAt}. The due instant itself is still in time.
 */
public enum DeadlineStatus {
    /** Not answered yet and the due time has not passed. */
    PENDING,
    /** Answered at least one full working day ({@link WorkingHours#perDay()}) before the due time. */
    EARLY,
    /** Answered before or exactly at the due time, but less than one working day before it. */
    ON_TIME,
    /** Answered after the due time, or not answered and the due time has passed. */
    OVERDUE
}
