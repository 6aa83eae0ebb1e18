package vn.pakn.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pakn.domain.model.calendar.VietnamCalendars.VN;
import static vn.pakn.domain.model.calendar.VietnamCalendars.vn;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // plain week: the time of day is kept
        "2026-03-02T10:00, 1, 2026-03-03T10:00",
        "2026-03-06T16:30, 1, 2026-03-09T16:30",
        // the clock starts at the next working moment: lunch break, evening, weekend, early morning
        "2026-03-02T12:30, 1, 2026-03-03T12:00",
        "2026-03-02T17:00, 1, 2026-03-03T17:00",
        "2026-03-07T09:00, 1, 2026-03-09T17:00",
        "2026-03-02T06:00, 1, 2026-03-02T17:00",
        // New Year 2026: Thu 1 and Fri 2 off, Sat 10 January is a make-up working day
        "2025-12-31T16:00, 1, 2026-01-05T16:00",
        "2026-01-09T10:00, 1, 2026-01-10T10:00",
        "2026-01-10T10:00, 1, 2026-01-12T10:00",
        // Tết Bính Ngọ: off Mon 16 to Fri 20 February, nine days with the weekends
        "2026-02-13T10:00, 1, 2026-02-23T10:00",
        "2026-02-02T09:00, 15, 2026-03-02T09:00",
        // Hùng Kings on Sunday 26 April, off Monday 27: a holiday right after a weekend
        "2026-04-24T16:00, 1, 2026-04-28T16:00",
        // 30/4 and 1/5 on Thursday and Friday
        "2026-04-29T10:00, 1, 2026-05-04T10:00",
        // National Day 2026, Tue 1 and Wed 2 September
        "2026-08-31T08:00, 2, 2026-09-03T17:00",
        // Tết Đinh Mùi: off Thu 4 to Wed 10 February 2027, a week across a weekend
        "2027-02-03T09:00, 2, 2027-02-12T09:00",
        "2027-02-03T17:00, 1, 2027-02-11T17:00",
        // zero days: the next working moment
        "2026-03-07T09:00, 0, 2026-03-09T08:00",
    })
    void addsWorkingDaysKeepingTheTimeOfDayAndSkippingNonWorkingTime(String start, int days, String due) {
        assertThat(VN.addWorkingDays(vn(start), days)).isEqualTo(vn(due));
    }

    @ParameterizedTest(name = "{0} + {1} h = {2}")
    @CsvSource({
        "2026-03-02T08:00, 4, 2026-03-02T12:00",
        "2026-03-02T08:00, 5, 2026-03-02T14:30",
        "2026-03-02T16:00, 8, 2026-03-03T16:30",
        "2026-03-06T16:00, 1, 2026-03-06T17:00",
        "2026-03-06T16:00, 2, 2026-03-09T09:00",
    })
    void addsWorkingHoursOverTheLunchBreakAndTheNight(String start, int hours, String due) {
        assertThat(VN.addWorkingHours(vn(start), hours)).isEqualTo(vn(due));
    }

    @Test
    void countsTheBoundaryMinutesExactly() {
        assertThat(VN.addWorkingTime(vn("2026-03-02T11:59"), Duration.ofMinutes(1))).isEqualTo(vn("2026-03-02T12:00"));
        assertThat(VN.addWorkingTime(vn("2026-03-02T11:59"), Duration.ofMinutes(2))).isEqualTo(vn("2026-03-02T13:31"));
        assertThat(VN.addWorkingTime(vn("2026-03-02T12:00"), Duration.ofMinutes(1))).isEqualTo(vn("2026-03-02T13:31"));
        assertThat(VN.addWorkingTime(vn("2026-03-06T16:59"), Duration.ofMinutes(1))).isEqualTo(vn("2026-03-06T17:00"));
        assertThat(VN.addWorkingTime(vn("2026-03-06T16:59"), Duration.ofSeconds(61))).isEqualTo(vn("2026-03-09T08:00:01"));
    }

    @Test
    void treatsPeriodStartsAsWorkingTimeAndPeriodEndsAsNot() {
        assertThat(VN.isWorkingTime(vn("2026-03-02T08:00"))).isTrue();
        assertThat(VN.isWorkingTime(vn("2026-03-02T08:00").minusNanos(1))).isFalse();
        assertThat(VN.isWorkingTime(vn("2026-03-02T11:59:59.999999999"))).isTrue();
        assertThat(VN.isWorkingTime(vn("2026-03-02T12:00"))).isFalse();
        assertThat(VN.isWorkingTime(vn("2026-03-02T13:29:59"))).isFalse();
        assertThat(VN.isWorkingTime(vn("2026-03-02T13:30"))).isTrue();
        assertThat(VN.isWorkingTime(vn("2026-03-02T17:00"))).isFalse();
        assertThat(VN.isWorkingTime(vn("2026-02-17T10:00"))).as("Tết").isFalse();
        assertThat(VN.isWorkingTime(vn("2026-01-10T10:00"))).as("make-up Saturday").isTrue();
        assertThat(VN.isWorkingTime(vn("2026-01-17T10:00"))).as("ordinary Saturday").isFalse();
    }

    @Test
    void findsTheNextWorkingMoment() {
        assertThat(VN.nextWorkingMoment(vn("2026-03-02T10:15"))).isEqualTo(vn("2026-03-02T10:15"));
        assertThat(VN.nextWorkingMoment(vn("2026-03-02T12:00"))).isEqualTo(vn("2026-03-02T13:30"));
        assertThat(VN.nextWorkingMoment(vn("2026-02-13T17:00"))).isEqualTo(vn("2026-02-23T08:00"));
        assertThat(VN.nextWorkingMoment(vn("2026-01-09T17:30"))).isEqualTo(vn("2026-01-10T08:00"));
    }

    @Test
    void decidesWorkingDaysFromHolidaysMakeUpDaysAndTheWeekend() {
        assertThat(VN.isWorkingDay(LocalDate.of(2026, 4, 27))).as("Hùng Kings in lieu").isFalse();
        assertThat(VN.isWorkingDay(LocalDate.of(2026, 4, 28))).isTrue();
        assertThat(VN.isWorkingDay(LocalDate.of(2026, 1, 10))).as("make-up Saturday").isTrue();
        assertThat(VN.isWorkingDay(LocalDate.of(2026, 1, 11))).as("Sunday").isFalse();
        assertThat(VN.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
    }

    @Test
    void measuresWorkingTimeAndWorkingDaysBetweenTwoInstants() {
        assertThat(VN.workingTimeBetween(vn("2026-03-02T10:00"), vn("2026-03-03T10:00"))).isEqualTo(Duration.ofMinutes(450));
        assertThat(VN.workingDaysBetween(vn("2026-03-02T10:00"), vn("2026-03-03T10:00"))).isEqualTo(1.0);
        assertThat(VN.workingDaysBetween(vn("2026-03-02T08:00"), vn("2026-03-02T12:00"))).isEqualTo(4 / 7.5);
        assertThat(VN.workingTimeBetween(vn("2026-02-13T16:00"), vn("2026-02-23T09:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(VN.workingTimeBetween(vn("2026-03-03T10:00"), vn("2026-03-02T10:00"))).isEqualTo(Duration.ofMinutes(-450));
        assertThat(VN.workingTimeBetween(vn("2026-03-07T10:00"), vn("2026-03-08T10:00"))).isZero();
    }

    @Test
    void excludesPausesCountingOverlapsOnceAndOpenPausesUpToTheEnd() {
        Instant from = vn("2026-03-02T08:00");
        Instant to = vn("2026-03-06T17:00"); // Mon–Fri: 5 working days
        List<PauseInterval> pauses = List.of(
                new PauseInterval(vn("2026-03-03T08:00"), vn("2026-03-03T17:00")),
                new PauseInterval(vn("2026-03-03T13:30"), vn("2026-03-04T12:00")), // overlaps the first
                PauseInterval.open(vn("2026-03-06T13:30")));
        // paused: Tue whole day (7.5 h) + Wed morning (4 h) + Fri afternoon (3.5 h) = 15 h
        assertThat(VN.workingTimeBetween(from, to, pauses)).isEqualTo(Duration.ofMinutes(5 * 450 - 15 * 60));
        assertThat(VN.workingDaysBetween(from, to, pauses)).isEqualTo(3.0);
    }

    @Test
    void ignoresPartsOfPausesOutsideTheMeasuredSpan() {
        List<PauseInterval> pauses = List.of(new PauseInterval(vn("2026-02-27T08:00"), vn("2026-03-02T10:00")),
                new PauseInterval(vn("2026-03-02T16:00"), vn("2026-03-10T10:00")));
        assertThat(VN.workingTimeBetween(vn("2026-03-02T08:00"), vn("2026-03-02T17:00"), pauses))
                .isEqualTo(Duration.ofMinutes(450 - 120 - 60));
    }

    @Test
    void movesTheDueTimeByThePausedWorkingTime() {
        Instant start = vn("2026-03-02T08:00");
        List<PauseInterval> pauses = List.of(new PauseInterval(vn("2026-03-02T10:00"), vn("2026-03-03T10:00")));
        // Mon 08–10 (2 h), then paused until Tue 10:00, then Tue 10–12 and 13:30–17 (5.5 h) = 7.5 h
        assertThat(VN.addWorkingTime(start, Duration.ofMinutes(450), pauses)).isEqualTo(vn("2026-03-03T17:00"));
        assertThat(VN.addWorkingTime(start, Duration.ofMinutes(450), List.of())).isEqualTo(vn("2026-03-02T17:00"));
    }

    @Test
    void findsTheDueTimeWhenPausesComeAfterTheUnpausedDueTime() {
        Instant start = vn("2026-03-02T08:00");
        // Without pauses due Tue 10:00; a pause from Tue 09:00 to Thu 09:00 pushes it to Thu 10:00.
        List<PauseInterval> pauses = List.of(new PauseInterval(vn("2026-03-03T09:00"), vn("2026-03-05T09:00")));
        Instant due = VN.addWorkingTime(start, Duration.ofMinutes(450 + 120), pauses);
        assertThat(due).isEqualTo(vn("2026-03-05T10:00"));
        assertThat(VN.workingTimeBetween(start, due, pauses)).isEqualTo(Duration.ofMinutes(570));
    }

    @Test
    void refusesADueTimeWhileAPauseIsOpen() {
        assertThatThrownBy(() -> VN.addWorkingTime(vn("2026-03-02T08:00"), Duration.ofHours(1),
                List.of(PauseInterval.open(vn("2026-03-02T09:00")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("open pause");
    }

    @Test
    void decidesOnTimeAndOverdueExactlyAtTheDueInstant() {
        Instant due = vn("2026-03-03T10:00");
        assertThat(VN.statusAt(due, due, due.plusSeconds(3600))).isEqualTo(DeadlineStatus.ON_TIME);
        assertThat(VN.statusAt(due, due.plusNanos(1), due)).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(VN.statusAt(due, null, due)).isEqualTo(DeadlineStatus.PENDING);
        assertThat(VN.statusAt(due, null, due.plusNanos(1))).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(VN.statusAt(due, null, due.minusSeconds(60))).isEqualTo(DeadlineStatus.PENDING);
    }

    @Test
    void callsAnAnswerEarlyWhenAtLeastOneFullWorkingDayBeforeTheDueTime() {
        Instant due = vn("2026-03-03T10:00");
        assertThat(VN.statusAt(due, vn("2026-03-02T10:00"), due)).isEqualTo(DeadlineStatus.EARLY);
        assertThat(VN.statusAt(due, vn("2026-03-02T10:01"), due)).isEqualTo(DeadlineStatus.ON_TIME);
        // Friday 10:00 is a full working day before Monday 10:00 after Tết, across 9 days off
        assertThat(VN.statusAt(vn("2026-02-23T10:00"), vn("2026-02-13T10:00"), due)).isEqualTo(DeadlineStatus.EARLY);
        assertThat(VN.statusAt(vn("2026-02-23T10:00"), vn("2026-02-13T10:01"), due)).isEqualTo(DeadlineStatus.ON_TIME);
    }

    @Test
    void countsRealTimeInAnyZoneIncludingADaylightSavingJumpInsideAPeriod() {
        WorkingCalendar berlin = WorkingCalendar.builder()
                .zone(ZoneId.of("Europe/Berlin"))
                .workingHours(WorkingHours.parse("00:00-06:00"))
                .weekend(Set.of())
                .build();
        Instant start = LocalDateTime.parse("2026-03-29T00:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();
        Instant end = LocalDateTime.parse("2026-03-29T06:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();
        // clocks jump from 02:00 to 03:00: that day has 5 hours of work
        assertThat(berlin.workingTimeBetween(start, end)).isEqualTo(Duration.ofHours(5));
        assertThat(berlin.addWorkingTime(start, Duration.ofHours(5))).isEqualTo(end);
        assertThat(berlin.isWorkingTime(end)).isFalse();
    }

    @Test
    void worksInAnotherZoneWithItsOwnLocalHours() {
        ZoneId newYork = ZoneId.of("America/New_York");
        WorkingCalendar calendar = WorkingCalendar.builder().zone(newYork)
                .workingHours(WorkingHours.parse("09:00-17:00")).build();
        Instant fridayAfternoon = LocalDateTime.parse("2026-07-03T16:00").atZone(newYork).toInstant();
        assertThat(calendar.addWorkingHours(fridayAfternoon, 2))
                .isEqualTo(LocalDateTime.parse("2026-07-06T10:00").atZone(newYork).toInstant());
    }

    @Test
    void allowsASixDayWeekAndADifferentDay() {
        WorkingCalendar sixDays = WorkingCalendar.builder().weekend(EnumSet.of(DayOfWeek.SUNDAY)).build();
        assertThat(sixDays.addWorkingDays(vn("2026-03-06T10:00"), 1)).isEqualTo(vn("2026-03-07T10:00"));
        assertThat(sixDays.weekend()).containsExactly(DayOfWeek.SUNDAY);
    }

    @Test
    void addsFifteenWorkingDaysOverYearsQuickly() {
        Instant start = vn("2026-01-01T00:00");
        long begin = System.nanoTime();
        Instant t = start;
        for (int i = 0; i < 10_000; i++) {
            t = VN.addWorkingDays(t, 15);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(10));
        assertThat(VN.workingDaysBetween(start, t)).isEqualTo(150_000.0);
    }

    @Test
    void rejectsNegativeAmounts() {
        assertThatThrownBy(() -> VN.addWorkingDays(vn("2026-03-02T10:00"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> VN.addWorkingHours(vn("2026-03-02T10:00"), -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2");
        assertThatThrownBy(() -> VN.addWorkingTime(vn("2026-03-02T10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void rejectsADateThatIsBothHolidayAndMakeUpDay() {
        LocalDate saturday = LocalDate.of(2026, 1, 10);
        assertThatThrownBy(() -> WorkingCalendar.of(List.of(saturday), List.of(saturday)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-01-10");
    }

    @Test
    void rejectsAWeekWithoutAnyWorkingDay() {
        assertThatThrownBy(() -> WorkingCalendar.builder().weekend(EnumSet.allOf(DayOfWeek.class)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seven");
    }

    @Test
    void buildsAnEqualCopyThroughToBuilderAndDefaultsToVietnam() {
        assertThat(VN.toBuilder().build()).isEqualTo(VN).hasSameHashCodeAs(VN);
        assertThat(VN.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(VN.workingHours()).isEqualTo(WorkingHours.DEFAULT);
        assertThat(VN.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(VN.holidays()).first().isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(VN.toBuilder().holiday(LocalDate.of(2026, 11, 24)).build()).isNotEqualTo(VN);
    }

    @Test
    void keepsThePeriodEndAsDueTimeWhenTheTimeRunsOutThere() {
        // 5 h 30 min from Monday 10:00 ends exactly at 17:00, which is the due instant, not Tuesday 08:00
        Instant due = VN.addWorkingTime(vn("2026-03-02T10:00"), Duration.ofMinutes(330));
        assertThat(due).isEqualTo(vn("2026-03-02T17:00"));
        assertThat(due.atZone(VN.zone()).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
    }
}
