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
import vn.pakn.application.admin.AdminViews.CategoryView;
import vn.pakn.application.admin.CategoryAdministration;

/** Categories with their SLA policy (working days to forward, to answer, longest extension; hours of warning). */
@RequestScoped
@Path("/admin/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class CategoryAdminResource {

    @Inject
    private CategoryAdministration categories;

    @Context
    private UriInfo uri;

    @GET
    public List<CategoryView> list(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return categories.list(includeInactive);
    }

    @GET
    @Path("/{code}")
    public CategoryView get(@PathParam("code") String code) {
        return categories.get(code);
    }

    @POST
    public Response create(@Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.CategoryForm body) {
        CategoryView created = categories.create(body);
        return AdminRest.created(uri, created.code(), created);
    }

    /** Names, description and SLA; a code in the body is ignored (codes never change). */
    @PUT
    @Path("/{code}")
    public CategoryView update(@PathParam("code") String code, @Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.CategoryForm body) {
        return categories.update(code, body);
    }

    @POST
    @Path("/{code}/deactivate")
    public CategoryView deactivate(@PathParam("code") String code) {
        return categories.setActive(code, false);
    }

    @POST
    @Path("/{code}/activate")
    public CategoryView activate(@PathParam("code") String code) {
        return categories.setActive(code, true);
    }
}
