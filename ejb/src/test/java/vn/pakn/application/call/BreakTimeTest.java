package vn.pakn.application.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.call.OperatorBreak;
import vn.pakn.telephony.kpi.HotlineKpiCalculator;
import vn.pakn.telephony.kpi.KpiSettings;

class BreakTimeTest {

    /** Monday 23/11/2026 00:00 to Tuesday 00:00 in Hà Nội. */
    private static final Instant FROM = Instant.parse("2026-11-22T17:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-23T17:00:00Z");

    private static OperatorBreak closed(String extension, Instant start, Duration length) {
        var b = OperatorBreak.begin("op-" + extension, extension, null, start);
        b.end(start.plus(length));
        return b;
    }

    @Test
    void sumsTheBreaksOfAnExtensionAndCountsOnlyTheirPartInsideThePeriod() {
        var breaks = List.of(
                closed("101", FROM.plus(Duration.ofHours(3)), Duration.ofMinutes(15)),
                closed("PJSIP/101", FROM.plus(Duration.ofHours(5)), Duration.ofMinutes(30)),
                // began the evening before: only the 10 minutes after midnight count
                closed("102", FROM.minus(Duration.ofMinutes(20)), Duration.ofMinutes(30)),
                // entirely the day before
                closed("103", FROM.minus(Duration.ofHours(2)), Duration.ofMinutes(30)));

        Map<String, Duration> time = BreakTime.byExtension(breaks, FROM, TO, TO.plusSeconds(60));

        assertThat(time).containsOnly(Map.entry("101", Duration.ofMinutes(45)), Map.entry("102", Duration.ofMinutes(10)));
    }

    @Test
    void anOpenBreakCountsUntilNowOrTheEndOfThePeriod() {
        var open = OperatorBreak.begin("operator1", "101", "Ăn trưa", FROM.plus(Duration.ofHours(5)));

        assertThat(BreakTime.byExtension(List.of(open), FROM, TO, FROM.plus(Duration.ofHours(6))))
                .containsEntry("101", Duration.ofHours(1));
        assertThat(BreakTime.byExtension(List.of(open), FROM, TO, TO.plus(Duration.ofHours(3))))
                .containsEntry("101", Duration.ofHours(19));
    }

    @Test
    void anOperatorOnBreakAllDayWithoutCallsStillHasARowByOperator() {
        var none = new HotlineKpiCalculator(KpiSettings.defaults()).compute(List.of(), List.of());

        var rows = HotlineStatistics.rows(Map.of("101", none), Map.of("101", "operator1", "102", "operator2"),
                Map.of("102", Duration.ofMinutes(90)));

        assertThat(rows).extracting(HotlineReport.Row::key, HotlineReport.Row::label, HotlineReport.Row::breakSeconds)
                .containsExactly(tuple("101", "operator1", 0L),
                        tuple("102", "operator2", 5400L));
        assertThat(rows.get(1).figures().offered()).isZero();
        assertThat(HotlineStatistics.rows(Map.of("hotline", none), Map.of(), null))
                .extracting(HotlineReport.Row::breakSeconds).containsExactly((Long) null);
    }
}
