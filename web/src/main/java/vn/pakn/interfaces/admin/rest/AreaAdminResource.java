package vn.pakn.interfaces.admin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.pakn.application.admin.AdminForms;
import vn.pakn.application.admin.AdminViews.AreaView;
import vn.pakn.application.admin.AreaAdministration;

/** Areas (địa bàn): where reported problems are; routing rules may name them. */
@RequestScoped
@Path("/admin/areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AreaAdminResource {

    @Inject
    private AreaAdministration areas;

    @Context
    private UriInfo uri;

    @GET
    public List<AreaView> list(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return areas.list(includeInactive);
    }

    @POST
    public Response create(@Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.AreaForm body) {
        AreaView created = areas.create(body);
        return AdminRest.created(uri, created.code(), created);
    }

    /** Name and kind; a code or parent in the body is ignored (both are fixed at creation). */
    @PUT
    @Path("/{code}")
    public AreaView update(@PathParam("code") String code, @Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.AreaForm body) {
        return areas.update(code, body);
    }

    @POST
    @Path("/{code}/deactivate")
    public AreaView deactivate(@PathParam("code") String code) {
        return areas.setActive(code, false);
    }

    @POST
    @Path("/{code}/activate")
    public AreaView activate(@PathParam("code") String code) {
        return areas.setActive(code, true);
    }
}
