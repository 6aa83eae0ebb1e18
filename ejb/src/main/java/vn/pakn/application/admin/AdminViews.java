package vn.pakn.application.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.pakn.domain.model.calendar.CalendarDay;
import vn.pakn.domain.model.calendar.CalendarDayKind;
import vn.pakn.domain.model.category.Area;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.identity.AppUser;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.routing.RoutingRule;
import vn.pakn.domain.model.unit.Unit;

/** What the admin services return: plain records, built inside the transaction, never a password hash. */
public final class AdminViews {

    private AdminViews() {
    }

    public record UnitView(long id, String code, String nameVi, String nameEn, String kind, String parentCode, String path,
                           int depth, String email, String phone, String address, boolean active) {
        static UnitView of(Unit u) {
            return new UnitView(u.getId(), u.getCode(), u.getNameVi(), u.getNameEn(), u.getKind(),
                    u.getParent() == null ? null : u.getParent().getCode(), u.getPath(),
                    (int) u.getPath().chars().filter(c -> c == '/').count() - 2, u.getEmail(), u.getPhone(), u.getAddress(),
                    u.isActive());
        }
    }

    public record SlaView(int forwardWorkingDays, int answerWorkingDays, int maxExtensionDays, int warnBeforeWorkingHours) {
    }

    public record CategoryView(long id, String code, String nameVi, String nameEn, String descriptionVi, SlaView sla,
                               boolean active) {
        static CategoryView of(Category c) {
            var s = c.getSla();
            return new CategoryView(c.getId(), c.getCode(), c.getNameVi(), c.getNameEn(), c.getDescriptionVi(),
                    new SlaView(s.forwardWorkingDays(), s.answerWorkingDays(), s.maxExtensionDays(), s.warnBeforeWorkingHours()),
                    c.isActive());
        }
    }

    public record AreaView(long id, String code, String nameVi, String kind, String parentCode, boolean active) {
        static AreaView of(Area a) {
            return new AreaView(a.getId(), a.getCode(), a.getNameVi(), a.getKind(),
                    a.getParent() == null ? null : a.getParent().getCode(), a.isActive());
        }
    }

    /** A rule; a null category or area is a wildcard, {@code specificity} 3 (both) … 0 (catch-all). */
    public record RoutingRuleView(long id, String categoryCode, String areaCode, String leadUnitCode, String leadUnitName,
                                  List<String> coordinatorUnitCodes, int specificity, String note, boolean active) {
        static RoutingRuleView of(RoutingRule r) {
            return new RoutingRuleView(r.getId(), r.getCategory() == null ? null : r.getCategory().getCode(),
                    r.getArea() == null ? null : r.getArea().getCode(), r.getLeadUnit().getCode(), r.getLeadUnit().getNameVi(),
                    r.getCoordinators().stream().map(Unit::getCode).sorted().toList(),
                    (r.getCategory() != null ? 2 : 0) + (r.getArea() != null ? 1 : 0), r.getNote(), r.isActive());
        }
    }

    public record CalendarDayView(LocalDate date, CalendarDayKind kind, String nameVi, String nameEn) {
        static CalendarDayView of(CalendarDay d) {
            return new CalendarDayView(d.getDay(), d.getKind(), d.getNameVi(), d.getNameEn());
        }
    }

    /** A day written by an ADMIN, and whether its date was new (else an earlier entry was replaced). */
    public record DayWritten(boolean added, CalendarDayView day) {
    }

    /** A year of the calendar: its exceptional days and the working hours that apply. */
    public record CalendarYearView(int year, String workingHours, List<CalendarDayView> days) {
    }

    /** The outcome of a holiday table import. */
    public record CalendarImport(int added, int replaced, int unchanged) {
    }

    /** A staff account as ADMIN sees it: no password hash, ever. */
    public record UserView(long id, String username, String fullName, String email, String unitCode, String unitName,
                           Set<Role> roles, String extension, boolean active) {
        static UserView of(AppUser u) {
            return new UserView(u.getId(), u.getUsername(), u.getFullName(), u.getEmail(),
                    u.getUnit() == null ? null : u.getUnit().getCode(), u.getUnit() == null ? null : u.getUnit().getNameVi(),
                    u.getRoles(), u.getExtension(), u.isActive());
        }
    }
}
