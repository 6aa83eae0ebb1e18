package vn.pakn.interfaces.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import vn.pakn.application.CurrentStaff;
import vn.pakn.domain.model.identity.Role;

/** Who is signed in, with roles and unit: the pages use it to show the right workspace. */
@RequestScoped
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class MeResource {

    @Inject
    private CurrentStaff currentStaff;

    public record Me(String username, Set<Role> roles, Long unitId) {
    }

    @GET
    public Me me() {
        var s = currentStaff.get();
        return new Me(s.username(), s.roles(), s.unitId());
    }
}
