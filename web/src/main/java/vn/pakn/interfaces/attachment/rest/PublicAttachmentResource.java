package vn.pakn.interfaces.attachment.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.pakn.application.attachment.AttachmentView;
import vn.pakn.application.attachment.Attachments;

/**
 * The files a unit published with its answer, for anyone with a tracking code of the case (as the answer text
 * is): an empty list until the answer is published; the citizens' own photos are never here.
 */
@RequestScoped
@Path("/public/reports/{code}/answer/attachments")
@Produces(MediaType.APPLICATION_JSON)
public class PublicAttachmentResource {

    @Inject
    private Attachments attachments;

    @GET
    public List<AttachmentView> list(@PathParam("code") String code) {
        return attachments.published(code);
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("code") String code, @PathParam("attachmentId") long attachmentId) {
        AttachmentView file = attachments.publishedFile(code, attachmentId);
        return FileDownloads.of(file, out -> attachments.copyContent(file.id(), out), true);
    }
}
