package vn.pakn.application.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Statistics of the cases received from {@code from} to {@code to} (both days included, Vietnam time), one row
 * per group and the total, as of {@code generatedAt}. {@code scopeUnitCode} is the unit subtree the figures are
 * limited to (a unit leader's), {@code null} for the whole system.
 */
public record StatisticsReport(LocalDate from, LocalDate to, GroupBy groupBy, Instant generatedAt, String scopeUnitCode,
                               List<StatisticsRow> rows, StatisticsRow total) {
}
