package vn.pakn.interfaces.mail.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.pakn.application.mail.MailTemplates;
import vn.pakn.application.mail.MailTemplates.TemplateView;

/**
 * Templates of outgoing mail per notification kind and language (vi, en). Placeholders: {{code}}, {{title}},
 * {{unit}}, {{answer}}, {{message}}; the subject must contain {{code}}. A template with an unknown placeholder
 * is refused with 400 and the list of allowed ones. {@code POST /{kind}/{lang}/preview} renders a text with sample
 * values without saving it.
 */
@RequestScoped
@Path("/admin/mail-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class MailTemplateResource {

    /** The editable part of a template. */
    public record TemplateForm(
            @NotBlank(message = "Cần tiêu đề | Subject required") String subject,
            @NotBlank(message = "Cần nội dung | Body required") String body) {
    }

    @Inject
    private MailTemplates templates;

    @GET
    public List<TemplateView> list() {
        return templates.list();
    }

    @GET
    @Path("/{kind}/{lang}")
    public TemplateView get(@PathParam("kind") String kind, @PathParam("lang") String lang) {
        return templates.get(kind, lang);
    }

    @PUT
    @Path("/{kind}/{lang}")
    public TemplateView put(@PathParam("kind") String kind, @PathParam("lang") String lang,
                            @Valid @NotNull(message = "Thiếu nội dung | Body required") TemplateForm form) {
        return templates.put(kind, lang, form.subject(), form.body());
    }

    /** The text as a citizen would read it, filled with sample values; nothing is saved. */
    @POST
    @Path("/{kind}/{lang}/preview")
    public MailTemplates.Rendered preview(@PathParam("kind") String kind, @PathParam("lang") String lang,
                                          @Valid @NotNull(message = "Thiếu nội dung | Body required") TemplateForm form) {
        return templates.preview(kind, lang, form.subject(), form.body());
    }
}
