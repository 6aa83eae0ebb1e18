/**
 * Deadlines after routing: the plain policies that decide when a unit is warned
 * ({@link vn.pakn.application.deadline.DeadlineWatch}), who hears about an overdue assignment
 * ({@link vn.pakn.application.deadline.OverdueEscalation}), how long a published case may be reopened
 * ({@link vn.pakn.application.deadline.ReopenWindow}), the texts of those messages and of the apology letter
 * (form 04, Circular 01/2018/TT-VPCP); and the transactional services the timers call
 * ({@link vn.pakn.application.deadline.DeadlineSweep}, {@link vn.pakn.application.deadline.PublishedCaseCloser}),
 * which make every firing happen once with conditional updates or row locks.
 */
package vn.pakn.application.deadline;
