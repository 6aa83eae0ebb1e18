package vn.pakn.interfaces.intake.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.EntityPart;
import java.util.List;
import vn.pakn.application.attachment.Attachments;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.interfaces.attachment.rest.MultipartForm;
import vn.pakn.application.ReferenceData;
import vn.pakn.application.citizen.CitizenDesk;
import vn.pakn.application.citizen.PublicCaseView;
import vn.pakn.application.intake.Receipt;
import vn.pakn.application.intake.IntakeJournal;
import vn.pakn.domain.model.shared.Channel;

/**
 * The citizen's API, open without sign-in: submit a report, look it up by tracking code, rate the answer and
 * reopen the case. Nothing here returns anyone's personal data.
 */
@RequestScoped
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicReportResource {

    @Inject
    private IntakeJournal journal;

    @Inject
    private CitizenDesk citizens;

    @Inject
    private ReferenceData referenceData;

    @Inject
    private Attachments attachments;

    @Inject
    private Validator validator;

    public record RatingRequest(@NotBlank(message = "Cần nhập thông tin xác minh | The verification is required") String secret,
                                @NotNull(message = "Cần chọn mức độ hài lòng | The score is required")
                                @Min(value = 1, message = "Mức độ hài lòng từ 1 đến 5 | The score is 1 to 5")
                                @Max(value = 5, message = "Mức độ hài lòng từ 1 đến 5 | The score is 1 to 5") Integer score,
                                @Size(max = 2000, message = "Nhận xét tối đa 2000 ký tự | The comment may have at most 2000 characters") String comment) {
    }

    public record ReopenRequest(@NotBlank(message = "Cần nhập thông tin xác minh | The verification is required") String secret,
                                @NotBlank(message = "Cần nêu lý do chưa hài lòng | The reason is required")
                                @Size(max = 2000, message = "Lý do tối đa 2000 ký tự | The reason may have at most 2000 characters") String reason) {
    }

    public record Option(String code, String name) {
    }

    @POST
    @Path("/reports")
    public Response submit(@Valid @NotNull(message = "Cần gửi nội dung phản ánh | A report body is required") ReportRequest request,
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, @Context UriInfo uri) {
        String key = IdempotencyKeys.check(idempotencyKey);
        Receipt receipt = journal.accept(request.toCommand(false), Channel.PORTAL, key, null);
        return Response.status(receipt.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("public/reports").path(receipt.trackingCode()).build())
                .entity(receipt).build();
    }

    /**
     * The same submission with photos or documents: multipart/form-data with a part "report" (the JSON body of
     * {@link #submit}) and up to the configured number of parts "files". Every file is checked before anything
     * is stored; one refused file refuses the request (problem detail) and no report is created.
     */
    @POST
    @Path("/reports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submitWithFiles(List<EntityPart> parts, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                                    @Context UriInfo uri) {
        String key = IdempotencyKeys.check(idempotencyKey);
        try (var form = MultipartForm.read(parts, "files", attachments.policy())) {
            String json = form.field("report").orElseThrow(() -> DomainException.invalid("missing-report",
                    "Thiếu phần \"report\" (nội dung phản ánh dạng JSON).", "The part \"report\" (the report as JSON) is missing."));
            ReportRequest request = ReportRequests.parse(json, validator);
            Receipt receipt = attachments.submitReport(request.toCommand(false), Channel.PORTAL, key, json, form.files());
            return Response.status(receipt.replayed() ? Response.Status.OK : Response.Status.CREATED)
                    .location(uri.getBaseUriBuilder().path("public/reports").path(receipt.trackingCode()).build())
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(receipt).build();
        }
    }

    @GET
    @Path("/reports/{code}")
    public PublicCaseView lookup(@PathParam("code") String code, @QueryParam("secret") String secret) {
        return citizens.lookup(code, secret);
    }

    @POST
    @Path("/reports/{code}/rating")
    public Response rate(@PathParam("code") String code, @Valid @NotNull(message = "Thiếu nội dung | Body required") RatingRequest r) {
        citizens.rate(code, r.secret(), r.score(), r.comment());
        return Response.noContent().build();
    }

    @POST
    @Path("/reports/{code}/reopen")
    public Response reopen(@PathParam("code") String code, @Valid @NotNull(message = "Thiếu nội dung | Body required") ReopenRequest r) {
        citizens.reopen(code, r.secret(), r.reason());
        return Response.noContent().build();
    }

    @GET
    @Path("/categories")
    public List<Option> categories() {
        return referenceData.activeCategories().stream().map(c -> new Option(c.getCode(), c.getNameVi())).toList();
    }

    /** The responsible units (public bodies, not people): for routing pickers and third-party apps. */
    @GET
    @Path("/units")
    public List<Option> units() {
        return referenceData.activeUnits().stream().map(u -> new Option(u.getCode(), u.getNameVi())).toList();
    }

    @GET
    @Path("/areas")
    public List<Option> areas() {
        return referenceData.activeAreas().stream().map(a -> new Option(a.getCode(), a.getNameVi())).toList();
    }
}
