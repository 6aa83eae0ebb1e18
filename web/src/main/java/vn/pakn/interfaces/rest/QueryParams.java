package vn.pakn.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.pakn.domain.model.shared.DomainException;

/** Parses query parameters with messages people understand: dates as dd/MM/yyyy (or ISO yyyy-MM-dd) in Vietnam time. */
public final class QueryParams {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("bad-" + name, "Giá trị '" + value + "' không hợp lệ cho tham số " + name + ".",
                    "'" + value + "' is not a valid value for parameter " + name + ".");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, VN_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("bad-" + name, "Ngày '" + value + "' không hợp lệ (dạng dd/MM/yyyy).",
                    "The date '" + value + "' is not valid (use dd/MM/yyyy or yyyy-MM-dd).");
        }
    }

    public static Instant startOfDay(String name, String value) {
        LocalDate d = date(name, value);
        return d == null ? null : d.atStartOfDay(VIETNAM).toInstant();
    }

    /** The end of the given day, exclusive: "to 31/12/2026" includes the whole of that day. */
    public static Instant startOfNextDay(String name, String value) {
        LocalDate d = date(name, value);
        return d == null ? null : d.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    /** A report period from {@code from}/{@code to} parameters; without dates, the current month up to today. */
    public record Period(LocalDate from, LocalDate to) {
    }

    public static Period period(String from, String to, Instant now) {
        LocalDate toDate = date("to", to);
        LocalDate fromDate = date("from", from);
        if (toDate == null) {
            toDate = LocalDate.ofInstant(now, VIETNAM);
        }
        return new Period(fromDate == null ? toDate.withDayOfMonth(1) : fromDate, toDate);
    }
}
