package vn.pakn.domain.model.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working-day arithmetic for deadlines (Decree 20/2008 counts in working days). A calendar is a time
 * zone, the {@link WorkingHours} of a working day, the weekly rest days, and two sets of dates kept
 * as data by ADMIN: holidays (no work on a normal day) and make-up working days (work on a weekend
 * day). A date that is a holiday is never a working day; otherwise a make-up date is; otherwise every
 * day but the weekend is.
 *
 * <p>Working time is the union of the half-open periods {@code [start, end)} of the working days,
 * taken as instants in the calendar's zone, so any {@link ZoneId} works (a period that a DST jump
 * shortens is counted as it really is). Time outside it does not count: a report received on Saturday,
 * in the lunch break or after 17:00 starts its clock at the next working moment.
 *
 * <p>Arithmetic walks the dates one by one and never minute by minute: adding 15 working days over
 * Tết looks at about 25 dates.
 */
public final class WorkingCalendar {

    /** Vietnam, no DST. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Saturday and Sunday. */
    public static final Set<DayOfWeek> DEFAULT_WEEKEND =
            Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

    private record Span(Instant start, Instant end) {
    }

    private final ZoneId zone;
    private final WorkingHours workingHours;
    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkingDays;

    private WorkingCalendar(Builder b) {
        this.zone = b.zone;
        this.workingHours = b.workingHours;
        this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(b.weekend));
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(b.holidays));
        this.makeUpWorkingDays = Collections.unmodifiableSet(new TreeSet<>(b.makeUpWorkingDays));
    }

    /** A builder with the Vietnamese defaults: Asia/Ho_Chi_Minh, {@link WorkingHours#DEFAULT}, Sat + Sun off. */
    public static Builder builder() {
        return new Builder();
    }

    /** The default zone, hours and weekend with these holidays and make-up working days. */
    public static WorkingCalendar of(Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkingDays) {
        return builder().holidays(holidays).makeUpWorkingDays(makeUpWorkingDays).build();
    }

    /** A calendar from every part; see {@link Builder#build()} for what is checked. */
    public static WorkingCalendar of(ZoneId zone, WorkingHours workingHours, Set<DayOfWeek> weekend,
            Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkingDays) {
        return builder().zone(zone).workingHours(workingHours).weekend(weekend).holidays(holidays)
                .makeUpWorkingDays(makeUpWorkingDays).build();
    }

    /** A builder holding this calendar's settings, for an edited copy. */
    public Builder toBuilder() {
        return builder().zone(zone).workingHours(workingHours).weekend(weekend).holidays(holidays)
                .makeUpWorkingDays(makeUpWorkingDays);
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingHours workingHours() {
        return workingHours;
    }

    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /** The holidays, in date order. */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** The make-up working days, in date order. */
    public Set<LocalDate> makeUpWorkingDays() {
        return makeUpWorkingDays;
    }

    /** Whether work is done on {@code date}: not a holiday, and a make-up day or not a weekend day. */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (holidays.contains(date)) {
            return false;
        }
        return makeUpWorkingDays.contains(date) || !weekend.contains(date.getDayOfWeek());
    }

    /** Whether {@code instant} lies inside a working period of a working day (period start in, end out). */
    public boolean isWorkingTime(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        for (Span span : spans(localDate(instant))) {
            if (!instant.isBefore(span.start()) && instant.isBefore(span.end())) {
                return true;
            }
        }
        return false;
    }

    /** {@code instant} itself if it is working time, otherwise the start of the next working period. */
    public Instant nextWorkingMoment(Instant instant) {
        return addWorkingTime(instant, Duration.ZERO);
    }

    /**
     * The earliest instant by which {@code workingTime} of working time has passed since {@code start}.
     * Counting begins at {@link #nextWorkingMoment(Instant) the next working moment} when
     * {@code start} is outside working time. When the time runs out exactly at the end of a period the
     * result is that end (17:00 Friday, not 08:00 Monday): the due instant itself is still in time.
     * Adding zero gives the next working moment.
     *
     * @throws IllegalArgumentException if {@code workingTime} is negative
     */
    public Instant addWorkingTime(Instant start, Duration workingTime) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(workingTime, "workingTime");
        return advance(start, workingTime, List.of());
    }

    /**
     * Adds whole working days, defined as {@code days × perDay()} of working time so that a deadline
     * keeps the time of day: received 10:00 Monday plus 1 working day is due 10:00 Tuesday; received
     * 16:30 Friday, due 16:30 on the next working day; received 12:30 (lunch break) or on Sunday, the
     * clock starts at 13:30 or at Monday 08:00. See {@link #addWorkingTime}.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public Instant addWorkingDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days to add must not be negative, got " + days);
        }
        return addWorkingTime(start, workingHours.perDay().multipliedBy(days));
    }

    /** Adds whole working hours; see {@link #addWorkingTime}. */
    public Instant addWorkingHours(Instant start, int hours) {
        if (hours < 0) {
            throw new IllegalArgumentException("working hours to add must not be negative, got " + hours);
        }
        return addWorkingTime(start, Duration.ofHours(hours));
    }

    /**
     * The due instant when the clock stands still during {@code pauses}: the earliest instant by which
     * {@code workingTime} of unpaused working time has passed since {@code start}. Pauses must be
     * closed (close an open one at "now" for a provisional due time); they may overlap.
     */
    public Instant addWorkingTime(Instant start, Duration workingTime, Collection<PauseInterval> pauses) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(workingTime, "workingTime");
        Objects.requireNonNull(pauses, "pauses");
        if (pauses.stream().anyMatch(PauseInterval::isOpen)) {
            throw new IllegalArgumentException("an open pause has no end, so there is no due time yet; "
                    + "close it (PauseInterval.closedAt) to compute a provisional one");
        }
        return advance(start, workingTime, merged(pauses, start, Instant.MAX));
    }

    /**
     * Walks the working periods from {@code start}, skipping the (sorted, disjoint) paused spans, until
     * {@code workingTime} has been used up; one step per period or pause, never per minute.
     */
    private Instant advance(Instant start, Duration workingTime, List<Span> pauses) {
        Duration remaining = workingTime;
        int pause = 0;
        for (LocalDate date = localDate(start); ; date = date.plusDays(1)) {
            for (Span span : spans(date)) {
                if (!span.end().isAfter(start)) {
                    continue;
                }
                Instant cursor = span.start().isAfter(start) ? span.start() : start;
                while (cursor.isBefore(span.end())) {
                    while (pause < pauses.size() && !pauses.get(pause).end().isAfter(cursor)) {
                        pause++;
                    }
                    boolean paused = pause < pauses.size() && !pauses.get(pause).start().isAfter(cursor);
                    Instant pieceEnd = paused ? pauses.get(pause).end()
                            : pause < pauses.size() ? pauses.get(pause).start() : span.end();
                    pieceEnd = pieceEnd.isBefore(span.end()) ? pieceEnd : span.end();
                    if (!paused) {
                        Duration available = Duration.between(cursor, pieceEnd);
                        if (remaining.compareTo(available) <= 0) {
                            return cursor.plus(remaining);
                        }
                        remaining = remaining.minus(available);
                    }
                    cursor = pieceEnd;
                }
            }
        }
    }

    /**
     * Working time in {@code [from, to)}; negative when {@code to} is before {@code from}, so that
     * {@code workingTimeBetween(due, now)} is how far a case is overdue.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = localDate(to);
        for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
            for (Span span : spans(date)) {
                Instant start = span.start().isAfter(from) ? span.start() : from;
                Instant end = span.end().isBefore(to) ? span.end() : to;
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * Working time in {@code [from, to)} with the clock stopped during {@code pauses}. Overlapping
     * pauses count once; an open pause runs to {@code to}; parts of pauses outside the span are ignored.
     */
    public Duration workingTimeBetween(Instant from, Instant to, Collection<PauseInterval> pauses) {
        Objects.requireNonNull(pauses, "pauses");
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from, pauses).negated();
        }
        return workingTimeBetween(from, to).minus(pausedWorkingTime(from, to, pauses));
    }

    /** {@link #workingTimeBetween(Instant, Instant)} in working days of {@link WorkingHours#perDay()}. */
    public double workingDaysBetween(Instant from, Instant to) {
        return toDays(workingTimeBetween(from, to));
    }

    /** {@link #workingTimeBetween(Instant, Instant, Collection)} in working days, for answer-time statistics. */
    public double workingDaysBetween(Instant from, Instant to, Collection<PauseInterval> pauses) {
        return toDays(workingTimeBetween(from, to, pauses));
    }

    /**
     * How an answer stands against {@code due}. Answered exactly at {@code due} is on time; answered at
     * least one full working day ({@code perDay()} of working time) before {@code due} is early;
     * answered after {@code due} is overdue. Not answered ({@code answeredAt == null}): overdue once
     * {@code now} is after {@code due}, pending until then (at {@code due} itself it is not overdue yet).
     *
     * @param answeredAt when the answer was given, or {@code null} if not yet
     * @param now the clock, only looked at when there is no answer
     */
    public DeadlineStatus statusAt(Instant due, Instant answeredAt, Instant now) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(now, "now");
        if (answeredAt == null) {
            return now.isAfter(due) ? DeadlineStatus.OVERDUE : DeadlineStatus.PENDING;
        }
        if (answeredAt.isAfter(due)) {
            return DeadlineStatus.OVERDUE;
        }
        return workingTimeBetween(answeredAt, due).compareTo(workingHours.perDay()) >= 0
                ? DeadlineStatus.EARLY
                : DeadlineStatus.ON_TIME;
    }

    private Duration pausedWorkingTime(Instant from, Instant to, Collection<PauseInterval> pauses) {
        Duration paused = Duration.ZERO;
        for (Span span : merged(pauses, from, to)) {
            paused = paused.plus(workingTimeBetween(span.start(), span.end()));
        }
        return paused;
    }

    /** The pauses clipped to {@code [from, to)}, open ones ending at {@code to}, merged, sorted. */
    private static List<Span> merged(Collection<PauseInterval> pauses, Instant from, Instant to) {
        List<Span> clipped = new ArrayList<>();
        for (PauseInterval pause : pauses) {
            Instant start = pause.from().isAfter(from) ? pause.from() : from;
            Instant end = pause.end().filter(e -> e.isBefore(to)).orElse(to);
            if (start.isBefore(end)) {
                clipped.add(new Span(start, end));
            }
        }
        clipped.sort(Comparator.comparing(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span span : clipped) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !span.start().isAfter(last.end())) {
                merged.set(merged.size() - 1, new Span(last.start(), span.end().isAfter(last.end()) ? span.end() : last.end()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private List<Span> spans(LocalDate date) {
        if (!isWorkingDay(date)) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(workingHours.periods().size());
        for (WorkingHours.Period period : workingHours.periods()) {
            Instant start = ZonedDateTime.of(date, period.start(), zone).toInstant();
            Instant end = ZonedDateTime.of(date, period.end(), zone).toInstant();
            if (start.isBefore(end)) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private double toDays(Duration workingTime) {
        return (double) workingTime.toNanos() / workingHours.perDay().toNanos();
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, got " + duration);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingCalendar other && zone.equals(other.zone) && workingHours.equals(other.workingHours)
                && weekend.equals(other.weekend) && holidays.equals(other.holidays)
                && makeUpWorkingDays.equals(other.makeUpWorkingDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, workingHours, weekend, holidays, makeUpWorkingDays);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + ", " + workingHours + ", weekend " + weekend + ", " + holidays.size()
                + " holidays, " + makeUpWorkingDays.size() + " make-up days]";
    }

    /** Collects the settings of a {@link WorkingCalendar}; not thread-safe, build once and share the calendar. */
    public static final class Builder {
        private ZoneId zone = DEFAULT_ZONE;
        private WorkingHours workingHours = WorkingHours.DEFAULT;
        private Set<DayOfWeek> weekend = EnumSet.copyOf(DEFAULT_WEEKEND);
        private final Set<LocalDate> holidays = new HashSet<>();
        private final Set<LocalDate> makeUpWorkingDays = new HashSet<>();

        private Builder() {
        }

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        public Builder workingHours(WorkingHours workingHours) {
            this.workingHours = Objects.requireNonNull(workingHours, "workingHours");
            return this;
        }

        /** The weekly rest days; may be empty (a seven-day service) but not all seven. */
        public Builder weekend(Set<DayOfWeek> weekend) {
            Objects.requireNonNull(weekend, "weekend");
            this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
            return this;
        }

        public Builder holiday(LocalDate date) {
            holidays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        public Builder holidays(Collection<LocalDate> dates) {
            dates.forEach(this::holiday);
            return this;
        }

        public Builder makeUpWorkingDay(LocalDate date) {
            makeUpWorkingDays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        public Builder makeUpWorkingDays(Collection<LocalDate> dates) {
            dates.forEach(this::makeUpWorkingDay);
            return this;
        }

        /** Adds a date as a holiday or a make-up working day according to {@code kind}. */
        public Builder day(LocalDate date, CalendarDayKind kind) {
            return switch (Objects.requireNonNull(kind, "kind")) {
                case HOLIDAY -> holiday(date);
                case MAKEUP_WORKDAY -> makeUpWorkingDay(date);
            };
        }

        /** Adds every row of a holiday table, e.g. from {@link HolidayCsv#read}. */
        public Builder rows(Collection<HolidayCsv.Row> rows) {
            rows.forEach(row -> day(row.date(), row.kind()));
            return this;
        }

        /**
         * The calendar.
         *
         * @throws IllegalArgumentException if every day of the week is a rest day (no deadline could
         *     ever be reached), or a date is both a holiday and a make-up working day
         */
        public WorkingCalendar build() {
            if (weekend.size() == DayOfWeek.values().length) {
                throw new IllegalArgumentException("the weekend cannot be all seven days: no deadline could ever fall due");
            }
            Set<LocalDate> both = new TreeSet<>(holidays);
            both.retainAll(makeUpWorkingDays);
            if (!both.isEmpty()) {
                throw new IllegalArgumentException("a date cannot be both a holiday and a make-up working day: " + both);
            }
            return new WorkingCalendar(this);
        }
    }
}
