package vn.pakn.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pakn.application.statistics.DailyStatistics.Span;

/** A period is read as whole months from the roll-up and the days at either end, never a day twice or left out. */
class DailyStatisticsSpansTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aYearFromMidMonthIsItsEndDaysAndElevenWholeMonths() {
        assertThat(DailyStatistics.spans(d("2025-11-24"), d("2026-11-23"), GroupBy.UNIT)).containsExactly(
                new Span(DailyStatistics.DAYS, d("2025-11-24"), d("2025-11-30")),
                new Span(DailyStatistics.MONTHS, d("2025-12-01"), d("2026-10-01")),
                new Span(DailyStatistics.DAYS, d("2026-11-01"), d("2026-11-23")));
    }

    @Test
    void wholeMonthsAloneNeedNoDays() {
        assertThat(DailyStatistics.spans(d("2025-01-01"), d("2025-12-31"), GroupBy.CATEGORY))
                .containsExactly(new Span(DailyStatistics.MONTHS, d("2025-01-01"), d("2025-12-01")));
        assertThat(DailyStatistics.spans(d("2026-02-01"), d("2026-02-28"), GroupBy.MONTH))
                .containsExactly(new Span(DailyStatistics.MONTHS, d("2026-02-01"), d("2026-02-01")));
    }

    @Test
    void aPeriodWithoutAWholeMonthAndWeeksAreReadFromDays() {
        assertThat(DailyStatistics.spans(d("2026-09-15"), d("2026-10-20"), GroupBy.CHANNEL))
                .containsExactly(new Span(DailyStatistics.DAYS, d("2026-09-15"), d("2026-10-20")));
        assertThat(DailyStatistics.spans(d("2026-11-01"), d("2026-11-23"), GroupBy.UNIT))
                .containsExactly(new Span(DailyStatistics.DAYS, d("2026-11-01"), d("2026-11-23")));
    }

    @Test
    void aYearByWeekIsItsWholeWeeksFromTheRollUpAndThePartialWeeksFromDays() {
        // 2025-01-01 is a Wednesday, 2025-12-31 too
        assertThat(DailyStatistics.spans(d("2025-01-01"), d("2025-12-31"), GroupBy.WEEK)).containsExactly(
                new Span(DailyStatistics.DAYS, d("2025-01-01"), d("2025-01-05")),
                new Span(DailyStatistics.WEEKS, d("2025-01-06"), d("2025-12-22")),
                new Span(DailyStatistics.DAYS, d("2025-12-29"), d("2025-12-31")));
    }

    @Test
    void weeksFromMondayToSundayNeedNoDaysAndAPeriodInsideAWeekIsItsDays() {
        assertThat(DailyStatistics.spans(d("2026-11-02"), d("2026-11-22"), GroupBy.WEEK))
                .containsExactly(new Span(DailyStatistics.WEEKS, d("2026-11-02"), d("2026-11-16")));
        assertThat(DailyStatistics.spans(d("2026-11-17"), d("2026-11-21"), GroupBy.WEEK))
                .containsExactly(new Span(DailyStatistics.DAYS, d("2026-11-17"), d("2026-11-21")));
        // a Tuesday to the Monday after: no whole week in between
        assertThat(DailyStatistics.spans(d("2026-11-17"), d("2026-11-23"), GroupBy.WEEK))
                .containsExactly(new Span(DailyStatistics.DAYS, d("2026-11-17"), d("2026-11-23")));
    }

    @Test
    void weekSpansCoverEveryDayOfThePeriodOnce() {
        LocalDate start = d("2025-12-20");
        for (int first = 0; first < 20; first++) {
            for (int length = 0; length < 40; length++) {
                LocalDate from = start.plusDays(first);
                LocalDate to = from.plusDays(length);
                var covered = new java.util.ArrayList<LocalDate>();
                for (Span span : DailyStatistics.spans(from, to, GroupBy.WEEK)) {
                    if (span.table().equals(DailyStatistics.WEEKS)) {
                        assertThat(span.from().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
                        assertThat(span.to().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
                        span.from().datesUntil(span.to().plusDays(7)).forEach(covered::add);
                    } else {
                        span.from().datesUntil(span.to().plusDays(1)).forEach(covered::add);
                    }
                }
                assertThat(covered).as("%s to %s", from, to).containsExactlyElementsOf(from.datesUntil(to.plusDays(1)).toList());
            }
        }
    }

    @Test
    void aMonthEndingOnItsLastDayIsWhole() {
        assertThat(DailyStatistics.spans(d("2026-08-20"), d("2026-09-30"), GroupBy.UNIT)).containsExactly(
                new Span(DailyStatistics.DAYS, d("2026-08-20"), d("2026-08-31")),
                new Span(DailyStatistics.MONTHS, d("2026-09-01"), d("2026-09-01")));
    }
}
