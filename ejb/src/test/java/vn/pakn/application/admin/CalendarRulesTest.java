package vn.pakn.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.calendar.CalendarDayKind;
import vn.pakn.domain.model.calendar.HolidayCsv;
import vn.pakn.domain.model.calendar.HolidayCsvException;
import vn.pakn.domain.model.shared.DomainException;

class CalendarRulesTest {

    @Test
    void acceptsAMakeUpWorkingDayOnASaturday() {
        assertThatCode(() -> CalendarRules.day(LocalDate.of(2026, 1, 3), CalendarDayKind.MAKEUP_WORKDAY)).doesNotThrowAnyException();
    }

    @Test
    void refusesAMakeUpWorkingDayOnAWeekday() {
        assertThatThrownBy(() -> CalendarRules.day(LocalDate.of(2026, 1, 5), CalendarDayKind.MAKEUP_WORKDAY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("makeup-not-weekend");
                    assertThat(e.messageVi()).contains("05/01/2026");
                });
    }

    @Test
    void acceptsAHolidayOnAnyDay() {
        assertThatCode(() -> CalendarRules.day(LocalDate.of(2026, 9, 2), CalendarDayKind.HOLIDAY)).doesNotThrowAnyException();
        assertThatCode(() -> CalendarRules.day(LocalDate.of(2026, 5, 2), CalendarDayKind.HOLIDAY)).doesNotThrowAnyException();
    }

    @Test
    void refusesYearsOutsideTheSaneRange() {
        assertThatThrownBy(() -> CalendarRules.year(1999)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CalendarRules.day(LocalDate.of(2101, 1, 1), CalendarDayKind.HOLIDAY)).isInstanceOf(DomainException.class);
        assertThatCode(() -> CalendarRules.year(2026)).doesNotThrowAnyException();
    }

    @Test
    void readsWorkingHoursInTheStoredForm() {
        assertThat(CalendarRules.workingHours(" 07:30-11:30, 13:00-16:30 ").toString()).isEqualTo("07:30-11:30,13:00-16:30");
    }

    @Test
    void refusesWorkingHoursThatOverlapOrCannotBeRead() {
        assertThatThrownBy(() -> CalendarRules.workingHours("08:00-12:00,11:00-17:00"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("bad-working-hours"));
        assertThatThrownBy(() -> CalendarRules.workingHours("8h-17h")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CalendarRules.workingHours("")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CalendarRules.workingHours(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void namesTheLineOfABadHolidayTable() {
        String csv = HolidayCsv.HEADER + "\n2026-01-01,HOLIDAY,Tết Dương lịch,New Year,ANNOUNCED,x\n2026-13-01,HOLIDAY,a,b,ANNOUNCED,x\n";
        HolidayCsvException failure = null;
        try {
            HolidayCsv.read(new StringReader(csv));
        } catch (HolidayCsvException e) {
            failure = e;
        }
        assertThat(failure).isNotNull();
        DomainException e = CalendarRules.badCsv(failure);
        assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
        assertThat(e.messageVi()).startsWith("Bảng ngày nghỉ sai ở dòng 3:");
        assertThat(e.messageEn()).startsWith("The holiday table is wrong on line 3:");
    }
}
