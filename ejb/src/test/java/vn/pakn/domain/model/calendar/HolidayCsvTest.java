package vn.pakn.domain.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCsvTest {

    private static final String HEADER = "date,kind,name_vi,name_en,status,source\n";

    /** The reference file at the repository root, found from the module or the root directory. */
    private static Path referenceFile() {
        return Stream.of("../src/reference/holidays/vn-2026-2027.csv", "src/reference/holidays/vn-2026-2027.csv")
                .map(Path::of).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new AssertionError("src/reference/holidays/vn-2026-2027.csv not found"));
    }

    private static List<HolidayCsv.Row> referenceRows() throws IOException {
        try (InputStream in = Files.newInputStream(referenceFile())) {
            return HolidayCsv.read(in);
        }
    }

    @Test
    void readsTheReferenceTableIntoACalendarWithTet2026HungKingsAndNationalDayOff() throws IOException {
        WorkingCalendar calendar = WorkingCalendar.builder().rows(referenceRows()).build();

        LocalDate.of(2026, 2, 16).datesUntil(LocalDate.of(2026, 2, 21))
                .forEach(day -> assertThat(calendar.isWorkingDay(day)).as("Tết %s", day).isFalse());
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 26))).as("Hùng Kings, a Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).as("Hùng Kings day in lieu").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 6))).as("Tết 2027, mùng 1").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).as("make-up Saturday").isTrue();
    }

    @Test
    void referenceTableAgreesWithTheHandWrittenTestCalendar() throws IOException {
        WorkingCalendar fromFile = WorkingCalendar.builder().rows(referenceRows()).build();
        assertThat(fromFile).isEqualTo(VietnamCalendars.VN);
    }

    @Test
    void referenceTableListsEveryRowWithNamesAndAStatusAndMakeUpDaysOnlyOnWeekends() throws IOException {
        List<HolidayCsv.Row> rows = referenceRows();
        assertThat(rows).hasSize(28).allSatisfy(row -> {
            assertThat(row.date().getYear()).isBetween(2026, 2027);
            assertThat(row.nameVi()).isNotBlank();
            assertThat(row.nameEn()).isNotBlank();
            assertThat(row.source()).isNotBlank();
        });
        assertThat(rows).filteredOn(row -> row.kind() == CalendarDayKind.MAKEUP_WORKDAY)
                .allSatisfy(row -> assertThat(row.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(rows).filteredOn(row -> row.date().equals(LocalDate.of(2026, 9, 2))).singleElement()
                .satisfies(row -> {
                    assertThat(row.kind()).isEqualTo(CalendarDayKind.HOLIDAY);
                    assertThat(row.nameVi()).isEqualTo("Quốc khánh");
                    assertThat(row.status()).isEqualTo(HolidayCsv.Status.STATUTORY);
                });
        assertThat(rows).filteredOn(row -> row.date().getYear() == 2027 && row.date().getMonthValue() == 2)
                .allSatisfy(row -> assertThat(row.status()).isEqualTo(HolidayCsv.Status.PROVISIONAL));
    }

    @Test
    void readsQuotedFieldsCommentsBlankLinesAndAByteOrderMark() {
        String csv = "\uFEFF# a comment\n\n" + HEADER
                + "2026-01-01,HOLIDAY,\"Tết Dương lịch, năm mới\",New Year's Day,ANNOUNCED,\"said \"\"yes\"\"\"\n";
        List<HolidayCsv.Row> rows = HolidayCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows).containsExactly(new HolidayCsv.Row(LocalDate.of(2026, 1, 1), CalendarDayKind.HOLIDAY,
                "Tết Dương lịch, năm mới", "New Year's Day", HolidayCsv.Status.ANNOUNCED, "said \"yes\""));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "2026-13-01,HOLIDAY,Tết,New Year,ANNOUNCED,x | date must be YYYY-MM-DD",
        "01/01/2026,HOLIDAY,Tết,New Year,ANNOUNCED,x | date must be YYYY-MM-DD",
        "2026-01-01,HOLIDY,Tết,New Year,ANNOUNCED,x  | kind must be one of [HOLIDAY, MAKEUP_WORKDAY]",
        "2026-01-01,HOLIDAY,Tết,New Year,MAYBE,x     | status must be one of [ANNOUNCED, STATUTORY, PROVISIONAL]",
        "2026-01-01,HOLIDAY, ,New Year,ANNOUNCED,x   | name_vi must not be empty",
        "2026-01-01,HOLIDAY,Tết,New Year,ANNOUNCED   | expected 6 fields",
        "2026-01-01,HOLIDAY,\"Tết,New Year,ANNOUNCED,x | a quoted field is not closed",
    })
    void rejectsABadLineNamingItsNumberAndTheReason(String line, String reason) {
        String csv = "# header follows\n" + HEADER + "2026-05-01,HOLIDAY,Lao động,Labour Day,STATUTORY,law\n" + line.trim() + "\n";
        assertThatThrownBy(() -> HolidayCsv.read(new StringReader(csv)))
                .isInstanceOfSatisfying(HolidayCsvException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(4);
                    assertThat(e.reason()).contains(reason.trim());
                    assertThat(e.getMessage()).startsWith("line 4: ");
                });
    }

    @Test
    void rejectsADateListedTwiceNamingBothLines() {
        String csv = HEADER + "2026-05-01,HOLIDAY,Lao động,Labour Day,STATUTORY,law\n"
                + "2026-05-01,MAKEUP_WORKDAY,Làm bù,Make-up,PROVISIONAL,x\n";
        assertThatThrownBy(() -> HolidayCsv.read(new StringReader(csv)))
                .isInstanceOf(HolidayCsvException.class)
                .hasMessage("line 3: date 2026-05-01 is already listed on line 2");
    }

    @Test
    void rejectsAMissingOrWrongHeader() {
        assertThatThrownBy(() -> HolidayCsv.read(new StringReader("2026-05-01,HOLIDAY,a,b,STATUTORY,x\n")))
                .isInstanceOfSatisfying(HolidayCsvException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(1);
                    assertThat(e.reason()).contains("expected the header");
                });
        assertThatThrownBy(() -> HolidayCsv.read(new StringReader("# only a comment\n")))
                .isInstanceOf(HolidayCsvException.class).hasMessageContaining("no header line");
    }
}
