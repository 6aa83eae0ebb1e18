package vn.pakn.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IndexRebuildStatusTest {

    private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void progressIsTheShareOfExpectedReportsWrittenSoFar() {
        var started = IndexRebuildStatus.started("admin", 400, 380, T0);

        assertThat(started.percent()).isZero();
        assertThat(started.running(100, 400).percent()).isEqualTo(25);
        assertThat(started.running(399, 400).percent()).isEqualTo(99);
    }

    @Test
    void reportsAddedDuringTheRebuildNeverPushItPastAHundred() {
        assertThat(IndexRebuildStatus.started("admin", 400, 0, T0).running(410, 400).percent()).isEqualTo(100);
    }

    @Test
    void aFinishedRebuildIsAHundredPercentEvenOfAnEmptyDatabase() {
        var done = IndexRebuildStatus.started("startup", 0, 0, T0).done(0, 0, T0.plusSeconds(1));

        assertThat(done.state()).isEqualTo(IndexRebuildStatus.State.DONE);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.trigger()).isEqualTo("startup");
        assertThat(done.finishedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void aFailureKeepsHowFarItGotAndSaysWhy() {
        var failed = IndexRebuildStatus.started("admin", 400, 0, T0).running(200, 400).failed("IOException", T0.plusSeconds(5));

        assertThat(failed.state()).isEqualTo(IndexRebuildStatus.State.FAILED);
        assertThat(failed.indexed()).isEqualTo(200);
        assertThat(failed.error()).isEqualTo("IOException");
        assertThat(failed.percent()).isEqualTo(50);
    }
}
