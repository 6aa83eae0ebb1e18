package vn.pakn.interfaces.admin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import vn.pakn.application.admin.AdminForms;
import vn.pakn.application.admin.AdminViews.CalendarImport;
import vn.pakn.application.admin.AdminViews.CalendarYearView;
import vn.pakn.application.admin.AdminViews.DayWritten;
import vn.pakn.application.admin.CalendarAdministration;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.interfaces.rest.QueryParams;

/**
 * The working calendar: the holidays and make-up working days of a year, one day at a time or as a holiday
 * table (CSV, the format of src/reference/holidays), and the working hours. Dates in the path are
 * dd/MM/yyyy or yyyy-MM-dd ({@code /admin/calendar/days/02/09/2026} or {@code …/days/2026-09-02}).
 */
@RequestScoped
@Path("/admin/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class CalendarAdminResource {

    /** The largest holiday table accepted (a year is about 2 KB). */
    static final int MAX_CSV_CHARS = 200_000;

    @Inject
    private CalendarAdministration calendar;

    public record WorkingHoursView(String workingHours) {
    }

    @GET
    @Path("/{year: \\d{4}}")
    public CalendarYearView year(@PathParam("year") int year) {
        return calendar.year(year);
    }

    /** Adds (201) or replaces (200) the holiday or make-up working day on that date. */
    @PUT
    @Path("/days/{date: .+}")
    public Response putDay(@PathParam("date") String date, @Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.DayForm body) {
        DayWritten written = calendar.putDay(day(date), body);
        return Response.status(written.added() ? Response.Status.CREATED : Response.Status.OK).entity(written.day()).build();
    }

    @DELETE
    @Path("/days/{date: .+}")
    public void removeDay(@PathParam("date") String date) {
        calendar.removeDay(day(date));
    }

    /** A holiday table (header date,kind,name_vi,name_en,status,source); all rows are written or none. */
    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public CalendarImport importCsv(String csv) {
        if (csv != null && csv.length() > MAX_CSV_CHARS) {
            throw DomainException.invalid("csv-too-large", "Bảng ngày nghỉ quá lớn (tối đa " + MAX_CSV_CHARS + " ký tự).",
                    "The holiday table is too large (at most " + MAX_CSV_CHARS + " characters).");
        }
        return calendar.importCsv(csv);
    }

    @GET
    @Path("/working-hours")
    public WorkingHoursView workingHours() {
        return new WorkingHoursView(calendar.workingHours());
    }

    /** Body {"workingHours": "08:00-12:00,13:30-17:00"}. */
    @PUT
    @Path("/working-hours")
    public WorkingHoursView setWorkingHours(@Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.WorkingHoursForm body) {
        return new WorkingHoursView(calendar.setWorkingHours(body.workingHours()));
    }

    /**
     * The date in the path. dd/MM/yyyy is read leniently by {@link QueryParams} (31/02 would become 28/02), so
     * a date that does not print back as typed is refused: a write must land on the day the ADMIN meant.
     */
    static LocalDate day(String text) {
        LocalDate d = QueryParams.date("date", text);
        if (d == null) {
            throw DomainException.invalid("bad-date", "Cần nhập ngày (dd/MM/yyyy).", "A date is required (dd/MM/yyyy).");
        }
        String typed = text.strip();
        if (typed.contains("/") && !typed.equals(String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()))) {
            throw DomainException.invalid("bad-date", "Ngày '" + typed + "' không tồn tại.", "The date '" + typed + "' does not exist.");
        }
        return d;
    }
}
