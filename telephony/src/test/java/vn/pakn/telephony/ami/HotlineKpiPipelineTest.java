package vn.pakn.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.agi.SurveyAnswer;
import vn.pakn.telephony.kpi.HotlineKpiCalculator;
import vn.pakn.telephony.kpi.HotlineKpis;
import vn.pakn.telephony.kpi.KpiSettings;
import vn.pakn.telephony.emulator.ScenarioClock;
import vn.pakn.telephony.emulator.Scenarios;

/** KPIs over calls that came through the whole AMI path (emulator → socket → tracker). */
class HotlineKpiPipelineTest {

    @Test
    void kpisFromTrackedCallsFollowTheWrittenDefinitions() throws Exception {
        try (TrackerHarness h = new TrackerHarness()) {
            Scenarios s = new Scenarios(h.emulator.pbx());
            Instant day = Instant.parse("2026-11-23T02:00:00Z"); // 09:00 in Hanoi
            String a1 = s.answered(ScenarioClock.virtual(day), "0912000001", "hotline", "101", Duration.ofSeconds(10),
                    Duration.ofSeconds(60));
            String a2 = s.answered(ScenarioClock.virtual(day), "0912000002", "hotline", "101", Duration.ofSeconds(20),
                    Duration.ofSeconds(120));
            String a3 = s.answered(ScenarioClock.virtual(day), "0912000003", "hotline", "102", Duration.ofSeconds(45),
                    Duration.ofSeconds(180));
            String ab = s.abandoned(ScenarioClock.virtual(day), "0912000004", "hotline", Duration.ofSeconds(30));
            String sh = s.abandoned(ScenarioClock.virtual(day), "0912000005", "hotline", Duration.ofSeconds(2));
            String vm = s.voicemail(ScenarioClock.virtual(day), "0912000006");
            try (AmiActions actions = AmiActions.create(h.settings())) {
                actions.originateCallback(new vn.pakn.telephony.ami.CallbackRequest("PJSIP/102", "0912000004",
                        "pakn-callback", null, "cb-1", null));
            }
            for (String id : List.of(a1, a2, a3, ab, sh, vm)) {
                h.awaitEnded(id);
            }
            h.await(c -> "cb-1".equals(c.callbackTaskId()) && c.isEnded(), Duration.ofSeconds(10));
            List<SurveyAnswer> surveys = List.of(new SurveyAnswer(a1, "+84912000001", 4, day),
                    new SurveyAnswer(a3, "+84912000003", 5, day));

            HotlineKpiCalculator calc = new HotlineKpiCalculator(KpiSettings.defaults());
            HotlineKpis all = calc.compute(h.ended, surveys);

            assertThat(all.offered()).isEqualTo(5);
            assertThat(all.answered()).isEqualTo(3);
            assertThat(all.abandoned()).isEqualTo(1);
            assertThat(all.shortAbandoned()).isEqualTo(1);
            assertThat(all.abandonRate().getAsDouble()).isCloseTo(1.0 / 4, within(1e-9));
            assertThat(all.answeredInThreshold()).as("10 s and exactly 20 s").isEqualTo(2);
            assertThat(all.serviceLevel().getAsDouble()).isCloseTo(2.0 / 4, within(1e-9));
            assertThat(all.averageSpeedOfAnswer()).contains(Duration.ofSeconds(75).dividedBy(3));
            assertThat(all.averageHandleTime()).contains(Duration.ofSeconds(120));
            assertThat(all.messages()).isEqualTo(1);
            assertThat(all.callbacksMade()).isEqualTo(1);
            assertThat(all.callbacksCompleted()).isEqualTo(1);
            assertThat(all.surveyResponses()).isEqualTo(2);
            assertThat(all.surveyScore().getAsDouble()).isEqualTo(4.5);

            KpiSettings answeredOnly = new KpiSettings(Duration.ofSeconds(20), Duration.ofSeconds(5), false,
                    KpiSettings.DEFAULT_ZONE);
            assertThat(new HotlineKpiCalculator(answeredOnly).compute(h.ended, surveys).serviceLevel().getAsDouble())
                    .isCloseTo(2.0 / 3, within(1e-9));

            Map<String, HotlineKpis> byOperator = calc.byOperator(h.ended, surveys);
            assertThat(byOperator.get("101").answered()).isEqualTo(2);
            assertThat(byOperator.get("101").averageHandleTime()).contains(Duration.ofSeconds(90));
            assertThat(byOperator.get("102").answered()).isEqualTo(1);
            assertThat(byOperator.get("102").callbacksMade()).isEqualTo(1);
            assertThat(byOperator.get("102").surveyScore().getAsDouble()).isEqualTo(5.0);

            Map<String, HotlineKpis> byQueue = calc.byQueue(h.ended, surveys);
            assertThat(byQueue.get("hotline").offered()).isEqualTo(5);

            Map<LocalDateTime, HotlineKpis> byHour = calc.byPeriod(h.ended, surveys, ChronoUnit.HOURS);
            assertThat(byHour.get(LocalDateTime.parse("2026-11-23T09:00")).offered()).isEqualTo(5);
        }
    }
}
