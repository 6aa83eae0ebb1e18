package vn.pakn.interfaces.mail.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.pakn.application.mail.MailQuarantine;
import vn.pakn.application.mail.MailQuarantine.Decision;
import vn.pakn.application.mail.MailQuarantine.QuarantinedMail;
import vn.pakn.application.mail.MailQuarantine.Released;
import vn.pakn.domain.model.mail.QuarantineDecision;

/**
 * Inbound mail that was refused (malformed, huge, zip bomb, spoofed, empty…), newest first, with the reason;
 * ADMIN releases a message (processed again) or dismisses it with a reason. 404 for an unknown message, 409 for
 * one that is no longer quarantined.
 */
@RequestScoped
@Path("/admin/mail-quarantine")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class MailQuarantineResource {

    /** Why a quarantined message is set aside for good. */
    public record Dismissal(
            @NotBlank(message = "Cần ghi lý do bỏ qua thư | A reason for dismissing the mail is required")
            @Size(max = QuarantineDecision.MAX_NOTE, message = "Lý do quá dài | The reason is too long") String reason) {
    }

    @Inject
    private MailQuarantine quarantine;

    @GET
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

    /** Who released or dismissed the message, when, and what came of it. */
    @GET
    @Path("/{id}/decisions")
    public List<Decision> decisions(@PathParam("id") long id) {
        return quarantine.decisions(id);
    }

    /** Processes the message again now; the answer says what it became (possibly quarantined again, with the new reason). */
    @POST
    @Path("/{id}/release")
    public Released release(@PathParam("id") long id) {
        return quarantine.release(id);
    }

    @POST
    @Path("/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dismiss(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Dismissal body) {
        quarantine.dismiss(id, body.reason());
        return Response.noContent().build();
    }
}
