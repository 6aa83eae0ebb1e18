package vn.pakn.interfaces.calldesk.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * {@code GET /api/calldesk/events}: the signed-in operator's stream of screen pops (Server-Sent Events). The first
 * event is {@code ready}; then one {@code screen-pop} event (JSON, id = the call's Linkedid) each time a call is
 * answered at the operator's extension. Nobody else's calls ever appear on it.
 */
@RequestScoped
@Path("/calldesk/events")
@RolesAllowed("OPERATOR")
public class CallDeskEventsResource {

    @Inject
    ScreenPopBroadcaster broadcaster;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@Context SseEventSink sink, @Context Sse sse, @Context SecurityContext security) {
        broadcaster.subscribe(security.getUserPrincipal().getName(), sink, sse);
    }
}
