package vn.pakn.interfaces.open311.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.pakn.application.open311.ApiKeyAdministration;
import vn.pakn.application.open311.Open311Views;

/**
 * ADMIN issues and revokes the API keys of Open311 client applications. The key is in the answer to POST only;
 * afterwards only its first characters are shown.
 */
@RequestScoped
@Path("/admin/open311-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class Open311KeyAdminResource {

    @Inject
    private ApiKeyAdministration keys;

    @Context
    private UriInfo uri;

    public record NewKey(@NotBlank(message = "Cần nhập tên ứng dụng | The client application's name is required")
                         @Size(max = 200, message = "Tên ứng dụng tối đa 200 ký tự | The name may have at most 200 characters") String clientName,
                         @Size(max = 320, message = "Liên hệ tối đa 320 ký tự | The contact may have at most 320 characters") String contact) {
    }

    @GET
    public List<Open311Views.ApiKeyView> list() {
        return keys.list();
    }

    @POST
    public Response issue(@Valid @NotNull(message = "Thiếu nội dung | Body required") NewKey body) {
        var issued = keys.issue(body.clientName(), body.contact());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.key().id())).build()).entity(issued).build();
    }

    @DELETE
    @Path("/{id}")
    public Open311Views.ApiKeyView revoke(@PathParam("id") long id) {
        return keys.revoke(id);
    }

    @POST
    @Path("/{id}/revoke")
    public Open311Views.ApiKeyView revokeByPost(@PathParam("id") long id) {
        return keys.revoke(id);
    }
}
