/**
 * Working-day arithmetic for deadlines: the {@link vn.pakn.domain.model.calendar.WorkingCalendar}
 * (time zone, {@link vn.pakn.domain.model.calendar.WorkingHours}, weekend, holidays and make-up
 * working days as data), pauses while waiting for the citizen, the on-time/early/overdue decision and
 * the reader of the reference holiday tables. Plain Java without container or persistence, so the
 * SLA services, the statistics and the tests all count days the same way, exactly at the edges.
 */
package vn.pakn.domain.model.calendar;
