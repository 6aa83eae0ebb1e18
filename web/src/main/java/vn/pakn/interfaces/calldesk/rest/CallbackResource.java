package vn.pakn.interfaces.calldesk.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import vn.pakn.application.call.CallbackDesk;
import vn.pakn.application.call.CallbackView;
import vn.pakn.domain.model.call.CallbackOutcome;
import vn.pakn.domain.model.call.CallbackState;
import vn.pakn.interfaces.rest.QueryParams;

/**
 * Callback tasks for operators: {@code GET /api/calldesk/callbacks?state=OPEN} (oldest first),
 * {@code POST /api/calldesk/callbacks/{id}/call} (Originate from the operator's extension),
 * {@code POST /api/calldesk/callbacks/{id}/done} with {@code {"outcome": "REACHED", "note": "…"}}.
 */
@RequestScoped
@Path("/calldesk/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OPERATOR", "DISPATCHER"})
public class CallbackResource {

    /** Closing a callback task. */
    public record DoneRequest(
            @NotNull(message = "Cần chọn kết quả gọi lại | An outcome is required") CallbackOutcome outcome,
            @Size(max = 2000, message = "Ghi chú quá dài | The note is too long") String note) {
    }

    @Inject
    CallbackDesk desk;

    @GET
    public List<CallbackView> list(@QueryParam("state") @DefaultValue("OPEN") String state,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return desk.list(QueryParams.enumValue(CallbackState.class, "state", state), limit);
    }

    @GET
    @Path("/{id}")
    public CallbackView get(@PathParam("id") long id) {
        return desk.get(id);
    }

    @POST
    @Path("/{id}/call")
    @RolesAllowed("OPERATOR")
    public CallbackView call(@PathParam("id") long id, @Context SecurityContext security) {
        return desk.callBack(id, security.getUserPrincipal().getName());
    }

    @POST
    @Path("/{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    public CallbackView done(@PathParam("id") long id,
            @Valid @NotNull(message = "Cần gửi kết quả gọi lại | A body with the outcome is required") DoneRequest request,
            @Context SecurityContext security) {
        return desk.close(id, request.outcome(), request.note(), security.getUserPrincipal().getName());
    }
}
