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
import vn.pakn.application.admin.AdminViews.UnitView;
import vn.pakn.application.admin.UnitAdministration;

/** The unit tree: list in tree order, create, edit, move with the subtree, deactivate and reactivate. */
@RequestScoped
@Path("/admin/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class UnitAdminResource {

    @Inject
    private UnitAdministration units;

    @Context
    private UriInfo uri;

    @GET
    public List<UnitView> list(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return units.list(includeInactive);
    }

    @GET
    @Path("/{code}")
    public UnitView get(@PathParam("code") String code) {
        return units.get(code);
    }

    @POST
    public Response create(@Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.NewUnit body) {
        UnitView created = units.create(body);
        return AdminRest.created(uri, created.code(), created);
    }

    @PUT
    @Path("/{code}")
    public UnitView update(@PathParam("code") String code, @Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.UnitChanges body) {
        return units.update(code, body);
    }

    /** Body {"parentCode": "UBND_TP"}; a null parentCode makes the unit a root. */
    @POST
    @Path("/{code}/move")
    public UnitView move(@PathParam("code") String code, @Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.UnitMove body) {
        return units.move(code, body.parentCode());
    }

    @POST
    @Path("/{code}/deactivate")
    public UnitView deactivate(@PathParam("code") String code) {
        return units.deactivate(code);
    }

    @POST
    @Path("/{code}/activate")
    public UnitView activate(@PathParam("code") String code) {
        return units.activate(code);
    }
}
