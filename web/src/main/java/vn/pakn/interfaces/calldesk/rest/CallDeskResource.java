package vn.pakn.interfaces.calldesk.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import vn.pakn.application.call.CallRecords;
import vn.pakn.application.call.CallView;
import vn.pakn.application.call.CallbackDesk;
import vn.pakn.application.call.CallbackView;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.infrastructure.telephony.HotlineListener;

/**
 * {@code GET /api/calldesk/status} (the hotline's mode, AMI connection state and listener counters, and how many
 * call desks the caller has open), {@code GET /api/calldesk/calls/{linkedId}} (a call and its reports, which the call
 * desk reads to show that the call ended and how) and {@code POST /api/calldesk/calls/{linkedId}/callback} (call the
 * caller back now from the operator's extension; it becomes a callback task with reason REQUESTED, or the call's
 * existing task).
 */
@RequestScoped
@Path("/calldesk")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OPERATOR", "DISPATCHER", "LEADER", "ADMIN"})
public class CallDeskResource {

    /** What the call desk page shows about the line. */
    public record Status(String mode, String connection, long eventsReceived, long eventsDropped, int openStreams) {
    }

    @Inject
    HotlineListener hotline;

    @Inject
    CallRecords calls;

    @Inject
    ScreenPopBroadcaster broadcaster;

    @Inject
    CallbackDesk callbacks;

    @GET
    @Path("/status")
    public Status status(@Context SecurityContext security) {
        var stats = hotline.stats();
        return new Status(hotline.mode().name(), hotline.connectionState().name(),
                stats.map(s -> s.eventsReceived()).orElse(0L), stats.map(s -> s.eventsDropped()).orElse(0L),
                broadcaster.streams(security.getUserPrincipal().getName()));
    }

    @GET
    @Path("/calls/{linkedId}")
    public CallView call(@PathParam("linkedId") String linkedId) {
        return calls.view(linkedId).orElseThrow(() -> DomainException.notFound("cuộc gọi", "call", linkedId));
    }

    @POST
    @Path("/calls/{linkedId}/callback")
    @RolesAllowed("OPERATOR")
    public CallbackView callBack(@PathParam("linkedId") String linkedId, @Context SecurityContext security) {
        return callbacks.callBackCaller(linkedId, security.getUserPrincipal().getName());
    }
}
