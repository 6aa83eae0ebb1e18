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
import vn.pakn.application.admin.AdminViews.UserView;
import vn.pakn.application.admin.UserAdministration;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.interfaces.rest.QueryParams;

/** Staff accounts. Answers never carry the password or its hash; a new password is set with its own PUT. */
@RequestScoped
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class UserAdminResource {

    @Inject
    private UserAdministration users;

    @Context
    private UriInfo uri;

    @GET
    public List<UserView> list(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive,
                               @QueryParam("unit") String unit, @QueryParam("role") String role) {
        return users.list(includeInactive, unit, QueryParams.enumValue(Role.class, "role", role));
    }

    @GET
    @Path("/{username}")
    public UserView get(@PathParam("username") String username) {
        return users.get(username);
    }

    @POST
    public Response create(@Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.NewUser body) {
        UserView created = users.create(body);
        return AdminRest.created(uri, created.username(), created);
    }

    @PUT
    @Path("/{username}")
    public UserView update(@PathParam("username") String username, @Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.UserChanges body) {
        return users.update(username, body);
    }

    /** Body {"password": "…"}: at least 10 characters; answers 204. */
    @PUT
    @Path("/{username}/password")
    public void setPassword(@PathParam("username") String username, @Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.NewPassword body) {
        users.setPassword(username, body.password());
    }

    @POST
    @Path("/{username}/deactivate")
    public UserView deactivate(@PathParam("username") String username) {
        return users.setActive(username, false);
    }

    @POST
    @Path("/{username}/activate")
    public UserView activate(@PathParam("username") String username) {
        return users.setActive(username, true);
    }
}
