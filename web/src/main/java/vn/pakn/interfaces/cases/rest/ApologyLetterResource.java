package vn.pakn.interfaces.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import vn.pakn.application.ApologyLetterService;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.interfaces.rest.QueryParams;

/**
 * The apology letter with a new appointment date (form 04, Circular 01/2018/TT-VPCP) for an overdue case, as a
 * printable HTML page: {@code GET /api/cases/{id}/apology-letter?newDate=dd/MM/yyyy&reason=…}. Who may issue it
 * (a dispatcher, or staff of the lead unit) and whether the citizen's name is printed is decided by the service.
 */
@RequestScoped
@Path("/cases/{id}/apology-letter")
@RolesAllowed({"UNIT_OFFICER", "UNIT_LEADER", "DISPATCHER"})
public class ApologyLetterResource {

    @Inject
    private ApologyLetterService letters;

    @GET
    @Produces("text/html; charset=UTF-8")
    public Response letter(@PathParam("id") long caseId, @QueryParam("newDate") String newDate, @QueryParam("reason") String reason) {
        var date = QueryParams.date("newDate", newDate);
        if (date == null) {
            throw DomainException.invalid("missing-newDate", "Cần nhập ngày hẹn trả kết quả mới (newDate, dd/MM/yyyy).",
                    "The new appointment date (newDate, dd/MM/yyyy) is required.");
        }
        var noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(letters.renderForCaller(caseId, date, reason)).cacheControl(noStore).build();
    }
}
