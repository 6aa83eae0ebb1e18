package vn.pakn.telephony.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HotlineKpiCalculatorTest {

    @Test
    void emptyPeriodHasZeroCountsAndNoRates() {
        HotlineKpis k = new HotlineKpiCalculator(KpiSettings.defaults()).compute(List.of(), List.of());

        assertThat(k.offered()).isZero();
        assertThat(k.abandonRate()).isEmpty();
        assertThat(k.serviceLevel()).isEmpty();
        assertThat(k.averageSpeedOfAnswer()).isEmpty();
        assertThat(k.surveyScore()).isEmpty();
    }
}
