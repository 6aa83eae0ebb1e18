package vn.pakn.domain.model.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the holiday table format of {@code src/reference/holidays/*.csv}: UTF-8, comma-separated,
 * fields in double quotes when they hold a comma or a quote (a quote doubled inside), lines starting
 * with {@code #} and blank lines ignored, and first a header with exactly the columns
 * {@value #HEADER}. The table is the seed of the calendar an ADMIN edits, so every error names the
 * line and says what is wrong.
 */
public final class HolidayCsv {

    /** The header line, which is also the column order. */
    public static final String HEADER = "date,kind,name_vi,name_en,status,source";

    private static final List<String> COLUMNS = List.of(HEADER.split(","));

    /** How sure a row is. */
    public enum Status {
        /** Taken from the Government's published arrangement for that year. */
        ANNOUNCED,
        /** Follows from the Labour Code alone (fixed or lunar date, weekend carry-over); no choice left. */
        STATUTORY,
        /** Where the Government has a choice and had not announced it: check when it does. */
        PROVISIONAL
    }

    /** One date of the table. */
    public record Row(LocalDate date, CalendarDayKind kind, String nameVi, String nameEn, Status status, String source) {
        public Row {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(nameVi, "nameVi");
            Objects.requireNonNull(nameEn, "nameEn");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(source, "source");
        }
    }

    private HolidayCsv() {
    }

    /** Reads UTF-8 bytes; the stream is not closed. */
    public static List<Row> read(InputStream in) {
        return read(new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8));
    }

    /**
     * Reads every row, in file order.
     *
     * @throws HolidayCsvException on the first bad line: missing or wrong header, wrong number of
     *     fields, unclosed quote, bad date, unknown kind or status, empty name, a date listed twice
     * @throws UncheckedIOException if the reader fails
     */
    public static List<Row> read(Reader reader) {
        BufferedReader lines = new BufferedReader(Objects.requireNonNull(reader, "reader"));
        List<Row> rows = new ArrayList<>();
        Map<LocalDate, Integer> seenOnLine = new HashMap<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line, lineNumber);
                if (!headerSeen) {
                    if (!fields.equals(COLUMNS)) {
                        throw new HolidayCsvException(lineNumber, "expected the header '" + HEADER + "', got '" + line + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                Row row = row(fields, lineNumber);
                Integer earlier = seenOnLine.putIfAbsent(row.date(), lineNumber);
                if (earlier != null) {
                    throw new HolidayCsvException(lineNumber, "date " + row.date() + " is already listed on line " + earlier);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!headerSeen) {
            throw new HolidayCsvException(lineNumber, "no header line '" + HEADER + "' found");
        }
        return List.copyOf(rows);
    }

    private static Row row(List<String> fields, int lineNumber) {
        if (fields.size() != COLUMNS.size()) {
            throw new HolidayCsvException(lineNumber, "expected " + COLUMNS.size() + " fields (" + HEADER + "), got "
                    + fields.size());
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields.get(0).trim());
        } catch (DateTimeParseException e) {
            throw new HolidayCsvException(lineNumber, "date must be YYYY-MM-DD, got '" + fields.get(0) + "'", e);
        }
        CalendarDayKind kind = constant(CalendarDayKind.class, fields.get(1), "kind", lineNumber);
        String nameVi = required(fields.get(2), "name_vi", lineNumber);
        String nameEn = required(fields.get(3), "name_en", lineNumber);
        Status status = constant(Status.class, fields.get(4), "status", lineNumber);
        return new Row(date, kind, nameVi, nameEn, status, fields.get(5).trim());
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text, String column, int lineNumber) {
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw new HolidayCsvException(lineNumber, column + " must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ", got '" + text + "'", e);
        }
    }

    private static String required(String text, String column, int lineNumber) {
        if (text.isBlank()) {
            throw new HolidayCsvException(lineNumber, column + " must not be empty");
        }
        return text.trim();
    }

    /** RFC 4180 fields of one line (quoted fields may not span lines in this format). */
    private static List<String> split(String line, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new HolidayCsvException(lineNumber, "a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields;
    }
}
