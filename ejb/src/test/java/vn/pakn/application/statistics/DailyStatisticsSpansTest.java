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
        assertThat(DailyStatistics.spans(d("2025-01-01"), d("2025-12-31"), GroupBy.WEEK))
                .containsExactly(new Span(DailyStatistics.DAYS, d("2025-01-01"), d("2025-12-31")));
    }

    @Test
    void aMonthEndingOnItsLastDayIsWhole() {
        assertThat(DailyStatistics.spans(d("2026-08-20"), d("2026-09-30"), GroupBy.UNIT)).containsExactly(
                new Span(DailyStatistics.DAYS, d("2026-08-20"), d("2026-08-31")),
                new Span(DailyStatistics.MONTHS, d("2026-09-01"), d("2026-09-01")));
    }
}
