/**
 * Statistics for leaders: a per-case projection ({@link vn.pakn.application.statistics.CaseFacts}, loaded by
 * {@link vn.pakn.application.statistics.CaseFactsLoader}) summed by the plain
 * {@link vn.pakn.application.statistics.StatisticsCalculator}, whose javadoc holds the definitions (population,
 * on-time, overdue now, returned, reopened, answer time in working days, satisfaction). The calculator's additive
 * cells are kept per day and month by {@link vn.pakn.application.statistics.DailyStatistics} (V53__dashboard.sql), so
 * that {@code vn.pakn.application.StatisticsService} answers a year over a million cases from some thousand rows.
 */
package vn.pakn.application.statistics;
