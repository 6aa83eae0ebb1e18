/**
 * The timers: {@link vn.pakn.infrastructure.scheduling.DeadlineMonitor} (warnings, overdue flags,
 * escalations) and {@link vn.pakn.infrastructure.scheduling.ReopenWindowCloser} (closing published cases
 * after the reopen window). Each is a non-persistent EJB {@code @Schedule} that runs on every node and does
 * work only under its database lease ({@link vn.pakn.infrastructure.scheduling.JobLease}); the decisions
 * themselves are plain policies in {@code vn.pakn.application.deadline}. Keys in
 * {@link vn.pakn.infrastructure.scheduling.SchedulingSettings}.
 */
package vn.pakn.infrastructure.scheduling;
