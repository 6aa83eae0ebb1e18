package vn.pakn.interfaces.attachment.rest;

import jakarta.annotation.security.RolesAllowed;
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
 * The files of a case for the staff who may see it (unit staff: cases of their unit's subtree; any other case
 * is "not found"): the reporters' photos and documents, files of later e-mails, and the answers' files.
 */
@RequestScoped
@Path("/cases/{id}/attachments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OPERATOR", "DISPATCHER", "UNIT_OFFICER", "UNIT_LEADER", "LEADER", "ADMIN"})
public class CaseAttachmentResource {

    @Inject
    private Attachments attachments;

    @GET
    public List<AttachmentView> list(@PathParam("id") long caseId) {
        return attachments.forCase(caseId);
    }

    @GET
    @Path("/{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long caseId, @PathParam("attachmentId") long attachmentId) {
        AttachmentView file = attachments.staffFile(caseId, attachmentId);
        return FileDownloads.of(file, out -> attachments.copyContent(file.id(), out), false);
    }
}
