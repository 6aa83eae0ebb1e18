package vn.pakn.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingHoursTest {

    @Test
    void defaultsToTheCivilServiceDayOfSevenAndAHalfHours() {
        assertThat(WorkingHours.DEFAULT.perDay()).isEqualTo(Duration.ofMinutes(450));
        assertThat(WorkingHours.DEFAULT.periods()).containsExactly(
                new WorkingHours.Period(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new WorkingHours.Period(LocalTime.of(13, 30), LocalTime.of(17, 0)));
        assertThat(WorkingHours.DEFAULT).hasToString("08:00-12:00,13:30-17:00");
    }

    @Test
    void parsesTheConfigurationFormAndPrintsItBack() {
        WorkingHours hours = WorkingHours.parse(" 07:30 - 11:30 , 13:00-16:30 ");
        assertThat(hours.perDay()).isEqualTo(Duration.ofHours(7) .plusMinutes(30));
        assertThat(WorkingHours.parse(hours.toString())).isEqualTo(hours);
        assertThat(WorkingHours.parse("08:00-12:00,13:30-17:00")).isEqualTo(WorkingHours.DEFAULT);
    }

    @Test
    void rejectsAPeriodThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new WorkingHours.Period(LocalTime.of(17, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("17:00–08:00");
        assertThatThrownBy(() -> new WorkingHours.Period(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsOverlappingTouchingOrUnorderedPeriodsNamingThem() {
        assertThatThrownBy(() -> WorkingHours.parse("08:00-12:00,11:00-17:00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11:00-17:00", "08:00-12:00");
        assertThatThrownBy(() -> WorkingHours.parse("08:00-12:00,12:00-17:00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as one");
        assertThatThrownBy(() -> WorkingHours.parse("13:30-17:00,08:00-12:00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in order");
    }

    @Test
    void rejectsNoPeriods() {
        assertThatThrownBy(() -> WorkingHours.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8-12", "08:00", "08:00-12:00-13:00", "8h-12h"})
    void rejectsTextThatIsNotAListOfPeriods(String text) {
        assertThatThrownBy(() -> WorkingHours.parse(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("08:00-12:00");
    }
}
