package vn.pakn.interfaces.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.pakn.application.CurrentStaff;

/** Who is signed in, with roles and unit: the pages use it to show the right workspace. */
@RequestScoped
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class MeResource {

    @Inject
    private CurrentStaff currentStaff;

    @GET
    public CurrentStaff.Profile me() {
        return currentStaff.profile();
    }
}
