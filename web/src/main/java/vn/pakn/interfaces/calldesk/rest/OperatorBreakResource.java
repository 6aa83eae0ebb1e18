package vn.pakn.interfaces.calldesk.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.pakn.application.call.BreakView;
import vn.pakn.application.call.OperatorBreaks;
import vn.pakn.domain.model.call.OperatorBreak;

/**
 * The signed-in operator's break: {@code GET /api/calldesk/break} and {@code POST /api/calldesk/break} with
 * {@code {"onBreak": true, "reason": "Ăn trưa"}} (Asterisk stops offering them queue calls) or
 * {@code {"onBreak": false}} (back). Asking for the state one is already in answers with that state.
 */
@RequestScoped
@Path("/calldesk/break")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("OPERATOR")
public class OperatorBreakResource {

    /** Switching the break. */
    public record BreakRequest(
            @NotNull(message = "Cần cho biết nghỉ hay trở lại (onBreak) | onBreak (true or false) is required") Boolean onBreak,
            @Size(max = OperatorBreak.MAX_REASON, message = "Lý do nghỉ quá dài | The break reason is too long") String reason) {
    }

    @Inject
    OperatorBreaks breaks;

    @GET
    public BreakView current(@Context SecurityContext security) {
        return breaks.current(security.getUserPrincipal().getName());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public BreakView set(@Valid @NotNull(message = "Thiếu nội dung | Body required") BreakRequest request,
            @Context SecurityContext security) {
        return breaks.set(security.getUserPrincipal().getName(), request.onBreak(), request.reason());
    }
}
