package vn.pakn.interfaces.mail.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.pakn.application.mail.MailQuarantine;
import vn.pakn.application.mail.MailQuarantine.QuarantinedMail;

/** Inbound mail that was refused (malformed, huge, zip bomb, spoofed, empty…), newest first, with the reason. */
@RequestScoped
@Path("/admin/mail-quarantine")
@RolesAllowed("ADMIN")
public class MailQuarantineResource {

    @Inject
    private MailQuarantine quarantine;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<QuarantinedMail> list(@QueryParam("limit") @DefaultValue("100") int limit,
                                      @QueryParam("offset") @DefaultValue("0") int offset) {
        return quarantine.list(limit, offset);
    }

    /** The message as received (.eml), to open in a mail program. */
    @GET
    @Path("/{id}/raw")
    @Produces("message/rfc822")
    public Response raw(@PathParam("id") long id) {
        return Response.ok(quarantine.raw(id), "message/rfc822")
                .header("Content-Disposition", "attachment; filename=\"quarantined-" + id + ".eml\"").build();
    }
}
