/**
 * Statistics for leaders: a per-case projection ({@link vn.pakn.application.statistics.CaseFacts}) loaded by
 * {@code vn.pakn.application.StatisticsService} and summed by the plain
 * {@link vn.pakn.application.statistics.StatisticsCalculator}, whose javadoc holds the definitions (population,
 * on-time, overdue now, returned, reopened, answer time in working days, satisfaction).
 */
package vn.pakn.application.statistics;
