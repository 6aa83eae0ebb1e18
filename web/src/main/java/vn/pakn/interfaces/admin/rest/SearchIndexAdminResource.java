package vn.pakn.interfaces.admin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.pakn.application.admin.SearchIndexAdministration;
import vn.pakn.infrastructure.search.IndexRebuildStatus;

/**
 * {@code GET /api/admin/search-index}: the index's size and rebuild progress (poll it for a progress bar);
 * {@code POST /api/admin/search-index/rebuild}: 202 and the status of the rebuild now running.
 */
@RequestScoped
@Path("/admin/search-index")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class SearchIndexAdminResource {

    @Inject
    private SearchIndexAdministration administration;

    public record StatusView(String state, long indexed, long expected, int percent, long documents,
                             java.time.Instant startedAt, java.time.Instant finishedAt, String startedBy, String error) {

        static StatusView of(IndexRebuildStatus s) {
            return new StatusView(s.state().name(), s.indexed(), s.expected(), s.percent(), s.documents(), s.startedAt(),
                    s.finishedAt(), s.trigger(), s.error());
        }
    }

    @GET
    public StatusView status() {
        return StatusView.of(administration.status());
    }

    @POST
    @Path("/rebuild")
    public Response rebuild() {
        return Response.accepted(StatusView.of(administration.rebuild())).build();
    }
}
