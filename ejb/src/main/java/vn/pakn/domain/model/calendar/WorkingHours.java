package vn.pakn.domain.model.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The working periods of one working day, in local time, e.g. 08:00–12:00 and 13:30–17:00. Each period
 * is half-open: 12:00 is no longer morning work, 13:30 is afternoon work. Periods are sorted and
 * separated by a break, so the end of a period is never working time itself.
 */
public final class WorkingHours {

    /** The civil-service day: 08:00–12:00 and 13:30–17:00 (7 h 30 min). */
    public static final WorkingHours DEFAULT = of(
            new Period(LocalTime.of(8, 0), LocalTime.of(12, 0)),
            new Period(LocalTime.of(13, 30), LocalTime.of(17, 0)));

    /** One stretch of work inside a day, {@code [start, end)} in local time. */
    public record Period(LocalTime start, LocalTime end) {

        public Period {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("a working period must start before it ends (within one day), got "
                        + start + "–" + end);
            }
        }

        public Duration length() {
            return Duration.between(start, end);
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }

    private final List<Period> periods;
    private final Duration perDay;

    private WorkingHours(List<Period> periods) {
        this.periods = List.copyOf(periods);
        this.perDay = this.periods.stream().map(Period::length).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The given periods in order of the day.
     *
     * @throws IllegalArgumentException if there is none, or one starts before the previous has ended
     *     (touching periods must be written as one)
     */
    public static WorkingHours of(Period... periods) {
        return of(List.of(periods));
    }

    /** As {@link #of(Period...)}. */
    public static WorkingHours of(List<Period> periods) {
        Objects.requireNonNull(periods, "periods");
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("working hours need at least one period");
        }
        for (int i = 1; i < periods.size(); i++) {
            Period previous = periods.get(i - 1);
            Period current = periods.get(i);
            if (!current.start().isAfter(previous.end())) {
                throw new IllegalArgumentException("working periods must be in order of the day and separated by a break: "
                        + current + " does not start after " + previous + " ends (write touching periods as one)");
            }
        }
        return new WorkingHours(periods);
    }

    /**
     * Reads the configuration form {@code "08:00-12:00,13:30-17:00"} (spaces allowed), as stored by the
     * admin screen and in environment variables.
     */
    public static WorkingHours parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Period> periods = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.trim().split("\\s*-\\s*");
            if (ends.length != 2) {
                throw new IllegalArgumentException("working period must look like 08:00-12:00, got '" + part.trim() + "'");
            }
            try {
                periods.add(new Period(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("working period must look like 08:00-12:00, got '" + part.trim() + "'", e);
            }
        }
        return of(periods);
    }

    /** The periods in order of the day. */
    public List<Period> periods() {
        return periods;
    }

    /** Working time in one full working day: the sum of the periods (7 h 30 min by default). */
    public Duration perDay() {
        return perDay;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingHours other && periods.equals(other.periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    /** The form {@link #parse} reads. */
    @Override
    public String toString() {
        return String.join(",", periods.stream().map(Period::toString).toList());
    }
}
