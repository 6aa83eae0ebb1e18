package vn.pakn.application.call;

import java.time.LocalDate;
import java.util.List;

/**
 * Hotline KPIs for a period: the total and one row per group.
 *
 * @param groupBy {@code period} (rows keyed by the bucket's start, local time), {@code queue} or {@code operator}
 *                (keyed by extension, with the operator's account as label when one is mapped; an operator who took
 *                no call but was on break has a row too)
 */
public record HotlineReport(LocalDate from, LocalDate to, String groupBy, String period, HotlineFigures total,
        List<Row> rows) {

    /** @param breakSeconds by operator only: time on break (AMI queue pause) within the period; null otherwise */
    public record Row(String key, String label, HotlineFigures figures, Long breakSeconds) {
    }
}
