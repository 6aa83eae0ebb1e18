package vn.pakn.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Laws of working-time arithmetic over random instants (with extra weight on the edges of the
 * working periods), durations and calendars, plus a brute-force minute-by-minute oracle.
 */
class WorkingCalendarPropertiesTest {

    private static final WorkingCalendar VN = VietnamCalendars.VN;
    private static final ZoneId ZONE = WorkingCalendar.DEFAULT_ZONE;
    private static final LocalDate FIRST = LocalDate.of(2025, 12, 20);
    private static final int DAYS = 740;
    private static final List<LocalTime> EDGES = List.of(LocalTime.of(0, 0), LocalTime.of(8, 0), LocalTime.of(12, 0),
            LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(23, 59, 59));
    private static final long PER_DAY_SECONDS = 450 * 60;

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Instant> anywhere = Combinators.combine(
                        Arbitraries.longs().between(epochSecond(FIRST), epochSecond(FIRST.plusDays(DAYS))),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
        Arbitrary<Instant> nearEdges = Combinators.combine(
                        Arbitraries.integers().between(0, DAYS), Arbitraries.of(EDGES), Arbitraries.of(-60L, -1L, 0L, 1L, 60L))
                .as((day, time, delta) -> FIRST.plusDays(day).atTime(time).atZone(ZONE).toInstant().plusSeconds(delta));
        return Arbitraries.frequencyOf(Tuple.of(1, anywhere), Tuple.of(1, nearEdges));
    }

    @Provide
    Arbitrary<Duration> durations() {
        Arbitrary<Duration> any = Arbitraries.longs().between(0, 20 * PER_DAY_SECONDS).map(Duration::ofSeconds);
        Arbitrary<Duration> wholeDays = Arbitraries.integers().between(0, 20).map(n -> Duration.ofSeconds(n * PER_DAY_SECONDS));
        Arbitrary<Duration> nanos = Arbitraries.longs().between(1, 3_000_000_000L).map(Duration::ofNanos);
        return Arbitraries.frequencyOf(Tuple.of(3, any), Tuple.of(1, wholeDays), Tuple.of(1, nanos));
    }

    @Provide
    Arbitrary<Duration> positiveDurations() {
        return durations().filter(d -> !d.isZero());
    }

    @Property
    void measuringWhatWasAddedGivesItBack(@ForAll("instants") Instant start, @ForAll("durations") Duration d) {
        assertThat(VN.workingTimeBetween(start, VN.addWorkingTime(start, d))).isEqualTo(d);
    }

    @Property
    void aDueTimeIsAlwaysWorkingTimeOrTheEndOfAPeriod(@ForAll("instants") Instant start, @ForAll("durations") Duration d) {
        Instant due = VN.addWorkingTime(start, d);
        assertThat(VN.isWorkingTime(due) || isPeriodEnd(due)).as("%s", due.atZone(ZONE)).isTrue();
        assertThat(due).isAfterOrEqualTo(start);
    }

    @Property
    void theDueTimeIsTheEarliestInstantWithThatMuchWorkingTime(@ForAll("instants") Instant start,
            @ForAll("positiveDurations") Duration d) {
        Instant due = VN.addWorkingTime(start, d);
        assertThat(VN.workingTimeBetween(start, due.minusNanos(1))).isLessThan(d);
    }

    @Property
    void addingMoreNeverGivesAnEarlierDueTime(@ForAll("instants") Instant start, @ForAll("durations") Duration a,
            @ForAll("durations") Duration b) {
        Duration shorter = a.compareTo(b) <= 0 ? a : b;
        Duration longer = a.compareTo(b) <= 0 ? b : a;
        assertThat(VN.addWorkingTime(start, shorter)).isBeforeOrEqualTo(VN.addWorkingTime(start, longer));
    }

    @Property
    void startingLaterNeverGivesAnEarlierDueTime(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
            @ForAll("durations") Duration d) {
        Instant earlier = a.isBefore(b) ? a : b;
        Instant later = a.isBefore(b) ? b : a;
        assertThat(VN.addWorkingTime(earlier, d)).isBeforeOrEqualTo(VN.addWorkingTime(later, d));
    }

    @Property
    void addingInTwoStepsEqualsAddingTheSum(@ForAll("instants") Instant start, @ForAll("durations") Duration a,
            @ForAll("positiveDurations") Duration b) {
        assertThat(VN.addWorkingTime(VN.addWorkingTime(start, a), b)).isEqualTo(VN.addWorkingTime(start, a.plus(b)));
    }

    @Property
    void workingTimeAddsUpOverConsecutiveSpans(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
            @ForAll("instants") Instant c) {
        List<Instant> sorted = new ArrayList<>(List.of(a, b, c));
        Collections.sort(sorted);
        assertThat(VN.workingTimeBetween(sorted.get(0), sorted.get(2))).isEqualTo(
                VN.workingTimeBetween(sorted.get(0), sorted.get(1)).plus(VN.workingTimeBetween(sorted.get(1), sorted.get(2))));
        assertThat(VN.workingTimeBetween(c, a)).isEqualTo(VN.workingTimeBetween(a, c).negated());
    }

    @Property
    void wholeWorkingDaysKeepTheTimeOfDayWhenStartingInsideAPeriod(@ForAll("insidePeriods") Instant start,
            @ForAll("dayCounts") int days) {
        assertThat(VN.isWorkingTime(start)).isTrue();
        ZonedDateTime due = VN.addWorkingDays(start, days).atZone(ZONE);
        ZonedDateTime from = start.atZone(ZONE);
        assertThat(due.toLocalTime()).isEqualTo(from.toLocalTime());
        long workingDaysAfter = from.toLocalDate().datesUntil(due.toLocalDate()).skip(1).filter(VN::isWorkingDay).count();
        assertThat(workingDaysAfter + 1).isEqualTo(days);
    }

    /** Working instants that are not the start of a period: a working date and an offset into its day. */
    @Provide
    Arbitrary<Instant> insidePeriods() {
        Arbitrary<LocalDate> workingDates = Arbitraries.integers().between(0, DAYS).map(FIRST::plusDays)
                .filter(VN::isWorkingDay);
        Arbitrary<Long> offsets = Arbitraries.longs().between(1, PER_DAY_SECONDS - 1).filter(s -> s != 4 * 3600);
        return Combinators.combine(workingDates, offsets).as((date, offset) -> {
            LocalTime time = offset < 4 * 3600 ? LocalTime.of(8, 0).plusSeconds(offset)
                    : LocalTime.of(13, 30).plusSeconds(offset - 4 * 3600);
            return date.atTime(time).atZone(ZONE).toInstant();
        });
    }

    @Provide
    Arbitrary<Integer> dayCounts() {
        return Arbitraries.integers().between(1, 15);
    }

    @Property(tries = 300)
    void agreesWithAMinuteByMinuteWalkOfTheHandWrittenCalendar(@ForAll("minuteStarts") Instant start,
            @ForAll("minuteCounts") int minutes) {
        Instant expected = start;
        int left = minutes;
        while (!oracleIsWorkingMinute(expected)) {
            expected = expected.plusSeconds(60);
        }
        while (left > 0) {
            if (oracleIsWorkingMinute(expected)) {
                left--;
            }
            expected = expected.plusSeconds(60);
        }
        if (minutes > 0) {
            // the walk stops after the last counted minute; earlier if that minute ended a period
            Instant lastMinute = expected.minusSeconds(60);
            while (!oracleIsWorkingMinute(lastMinute)) {
                lastMinute = lastMinute.minusSeconds(60);
            }
            expected = lastMinute.plusSeconds(60);
        }
        assertThat(VN.addWorkingTime(start, Duration.ofMinutes(minutes))).isEqualTo(expected);
        long counted = 0;
        for (Instant t = start; t.isBefore(expected); t = t.plusSeconds(60)) {
            counted += oracleIsWorkingMinute(t) ? 1 : 0;
        }
        assertThat(VN.workingTimeBetween(start, expected)).isEqualTo(Duration.ofMinutes(counted));
    }

    @Provide
    Arbitrary<Instant> minuteStarts() {
        return Arbitraries.longs().between(0, DAYS * 1440L)
                .map(m -> FIRST.atStartOfDay(ZONE).toInstant().plusSeconds(60 * m));
    }

    @Provide
    Arbitrary<Integer> minuteCounts() {
        return Arbitraries.integers().between(0, 3 * 450);
    }

    @Property
    void pausedTimeIsNeverCountedAndTheDueTimeWithPausesRoundTrips(@ForAll("instants") Instant start,
            @ForAll("durations") Duration d, @ForAll("pauseLists") List<PauseInterval> pauses) {
        Instant due = VN.addWorkingTime(start, d, pauses);
        assertThat(VN.workingTimeBetween(start, due, pauses)).isEqualTo(d);
        assertThat(due).isAfterOrEqualTo(VN.addWorkingTime(start, d));
        Duration unpaused = VN.workingTimeBetween(start, due);
        Duration paused = VN.workingTimeBetween(start, due, pauses);
        assertThat(paused).isBetween(Duration.ZERO, unpaused);
        List<PauseInterval> reversedAndDoubled = new ArrayList<>(pauses);
        Collections.reverse(reversedAndDoubled);
        reversedAndDoubled.addAll(pauses);
        assertThat(VN.workingTimeBetween(start, due, reversedAndDoubled)).isEqualTo(d);
    }

    @Provide
    Arbitrary<List<PauseInterval>> pauseLists() {
        Arbitrary<PauseInterval> pause = Combinators.combine(instants(), Arbitraries.longs().between(0, 10 * 86_400L))
                .as((from, seconds) -> new PauseInterval(from, from.plusSeconds(seconds)));
        return pause.list().ofMaxSize(4);
    }

    @Property
    void anOpenPauseCountsLikeOneClosedAtTheEndOfTheSpan(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
            @ForAll("instants") Instant pauseStart) {
        Instant from = a.isBefore(b) ? a : b;
        Instant to = a.isBefore(b) ? b : a;
        assertThat(VN.workingTimeBetween(from, to, List.of(PauseInterval.open(pauseStart))))
                .isEqualTo(VN.workingTimeBetween(from, to, List.of(PauseInterval.open(pauseStart).closedAt(to))));
    }

    @Property
    void anAnswerAtOrBeforeTheDueTimeIsNeverOverdueAndAfterItAlwaysIs(@ForAll("instants") Instant due,
            @ForAll("instants") Instant answeredAt, @ForAll("instants") Instant now) {
        DeadlineStatus status = VN.statusAt(due, answeredAt, now);
        if (answeredAt.isAfter(due)) {
            assertThat(status).isEqualTo(DeadlineStatus.OVERDUE);
        } else {
            assertThat(status).isIn(DeadlineStatus.EARLY, DeadlineStatus.ON_TIME);
            assertThat(status == DeadlineStatus.EARLY)
                    .isEqualTo(VN.workingTimeBetween(answeredAt, due).compareTo(VN.workingHours().perDay()) >= 0);
        }
        assertThat(VN.statusAt(due, null, now)).isEqualTo(now.isAfter(due) ? DeadlineStatus.OVERDUE : DeadlineStatus.PENDING);
    }

    @Provide
    Arbitrary<WorkingCalendar> calendars() {
        Arbitrary<ZoneId> zones = Arbitraries.of("Asia/Ho_Chi_Minh", "Europe/Berlin", "America/New_York",
                "Australia/Lord_Howe", "Asia/Kolkata", "UTC").map(ZoneId::of);
        Arbitrary<WorkingHours> hours = Arbitraries.of("08:00-12:00,13:30-17:00", "00:00-06:00,07:00-23:59",
                "01:30-03:30", "07:00-11:00,13:00-17:00,18:00-20:00").map(WorkingHours::parse);
        Arbitrary<Set<DayOfWeek>> weekends = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(6);
        Arbitrary<Set<LocalDate>> dates = Arbitraries.integers().between(0, DAYS).map(FIRST::plusDays).set().ofMaxSize(60);
        return Combinators.combine(zones, hours, weekends, dates, dates).as((zone, h, weekend, holidays, makeUps) -> {
            Set<LocalDate> makeUpOnly = new HashSet<>(makeUps);
            makeUpOnly.removeAll(holidays);
            return WorkingCalendar.of(zone, h, weekend, holidays, makeUpOnly);
        });
    }

    @Property(tries = 500)
    void roundTripsAndStaysMonotonicInAnyZoneAndCalendar(@ForAll("calendars") WorkingCalendar calendar,
            @ForAll("instants") Instant start, @ForAll("durations") Duration a, @ForAll("positiveDurations") Duration b) {
        Instant afterA = calendar.addWorkingTime(start, a);
        Instant afterAb = calendar.addWorkingTime(start, a.plus(b));
        assertThat(calendar.workingTimeBetween(start, afterA)).isEqualTo(a);
        assertThat(calendar.workingTimeBetween(start, afterAb)).isEqualTo(a.plus(b));
        assertThat(afterA).isBeforeOrEqualTo(afterAb);
        assertThat(calendar.addWorkingTime(afterA, b)).isEqualTo(afterAb);
        assertThat(calendar.isWorkingTime(calendar.nextWorkingMoment(start))).isTrue();
    }

    private static boolean oracleIsWorkingMinute(Instant minuteStart) {
        ZonedDateTime local = minuteStart.atZone(ZONE);
        LocalDate date = local.toLocalDate();
        boolean workingDay = !VietnamCalendars.HOLIDAYS_2026_2027.contains(date)
                && (VietnamCalendars.MAKEUP_2026_2027.contains(date)
                        || (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY));
        int minuteOfDay = local.getHour() * 60 + local.getMinute();
        boolean workingHour = (minuteOfDay >= 8 * 60 && minuteOfDay < 12 * 60)
                || (minuteOfDay >= 13 * 60 + 30 && minuteOfDay < 17 * 60);
        return workingDay && workingHour;
    }

    private static boolean isPeriodEnd(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        return VN.isWorkingDay(local.toLocalDate())
                && VN.workingHours().periods().stream().anyMatch(p -> p.end().equals(local.toLocalTime()));
    }

    private static long epochSecond(LocalDate date) {
        return date.atStartOfDay(ZONE).toEpochSecond();
    }
}
