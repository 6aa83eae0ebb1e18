package vn.pakn.interfaces.attachment.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.pakn.application.attachment.Attachments;

/** The limits on attachments, so that a page or app can tell the user before the upload, not after. */
@RequestScoped
@Path("/public/attachment-policy")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentPolicyResource {

    @Inject
    private Attachments attachments;

    public record Limits(long maxBytes, int maxFiles, List<String> types) {
    }

    @GET
    public Limits limits() {
        var p = attachments.policy();
        return new Limits(p.maxBytes(), p.maxFiles(), p.allowedTypes().stream().sorted().toList());
    }
}
