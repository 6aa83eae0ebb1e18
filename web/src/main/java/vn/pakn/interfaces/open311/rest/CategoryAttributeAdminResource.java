package vn.pakn.interfaces.open311.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.pakn.application.open311.CategoryAttributes;
import vn.pakn.application.open311.Open311Views;

/**
 * The extra questions (attributes) of a category, which Open311 clients read as the service definition: GET
 * them, PUT the whole ordered list (an empty list removes them).
 */
@RequestScoped
@Path("/admin/category-attributes/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class CategoryAttributeAdminResource {

    @Inject
    private CategoryAttributes attributes;

    @GET
    public Open311Views.ServiceDefinition get(@PathParam("code") String code) {
        return attributes.get(code);
    }

    @PUT
    public Open311Views.ServiceDefinition replace(@PathParam("code") String code,
                                                  @NotNull(message = "Thiếu danh sách thuộc tính | The list of attributes is required")
                                                  List<CategoryAttributes.AttributeForm> body) {
        return attributes.replace(code, body);
    }
}
