package vn.pakn.domain.model.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One exception to the weekly pattern, editable by ADMIN: a day off, or a weekend day worked (ngày làm bù). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "calendar_date")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CalendarDayKind kind;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate day, CalendarDayKind kind, String nameVi, String nameEn) {
        this.day = day;
        this.kind = kind;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public LocalDate getDay() { return day; }
    public CalendarDayKind getKind() { return kind; }
    public String getNameVi() { return nameVi; }
    public String getNameEn() { return nameEn; }
}
