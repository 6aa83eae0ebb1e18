package vn.pakn.interfaces.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.validation.Validator;
import jakarta.ws.rs.core.EntityPart;
import java.util.List;
import vn.pakn.application.attachment.Attachments;
import vn.pakn.domain.model.attachment.Visibility;
import vn.pakn.interfaces.attachment.rest.MultipartForm;
import vn.pakn.application.cases.CaseQueries;
import vn.pakn.application.search.RoutingAdvice;
import vn.pakn.application.search.SearchViews;
import vn.pakn.application.cases.CaseViews;
import vn.pakn.application.cases.CaseWork;
import vn.pakn.application.cases.DuplicateCheck;
import vn.pakn.application.cases.DuplicateView;
import vn.pakn.domain.model.cases.CaseEvent;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.interfaces.rest.QueryParams;

/**
 * Staff work on cases. Who may do what, and on which cases, is decided in the services (workflow by role,
 * unit scoping); this class only maps HTTP to them.
 */
@RequestScoped
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"OPERATOR", "DISPATCHER", "UNIT_OFFICER", "UNIT_LEADER", "LEADER", "ADMIN"})
public class CaseResource {

    private static final String REASON_REQUIRED = "Cần nêu lý do | A reason is required";
    private static final String TEXT_TOO_LONG = "Nội dung quá dài | The text is too long";

    @Inject
    private CaseQueries queries;

    @Inject
    private CaseWork work;

    @Inject
    private DuplicateCheck duplicates;

    @Inject
    private RoutingAdvice routingAdvice;

    @Inject
    private Attachments attachments;

    @Inject
    private Validator validator;

    public record StepResult(long caseId, String action, CaseState state, java.time.Instant at) {
        static StepResult of(CaseEvent e) {
            return new StepResult(e.getCaseId(), e.getAction(), e.getToState(), e.getOccurredAt());
        }
    }

    public record Classify(@NotBlank(message = "Cần chọn lĩnh vực | A category is required") String categoryCode, String areaCode,
                           @Size(max = 300, message = "Tiêu đề tối đa 300 ký tự | The title may have at most 300 characters") String title) {
    }

    public record Route(String leadUnitCode, List<String> coordinatorUnitCodes, @Size(max = 2000, message = TEXT_TOO_LONG) String note) {
    }

    public record Merge(@NotNull(message = "Cần chọn hồ sơ gốc | The master case is required") Long masterCaseId) {
    }

    public record Reason(@NotBlank(message = REASON_REQUIRED) @Size(max = 2000, message = TEXT_TOO_LONG) String reason) {
    }

    public record Redirect(@NotBlank(message = REASON_REQUIRED) @Size(max = 2000, message = TEXT_TOO_LONG) String reason,
                           @NotBlank(message = "Cần nêu nơi hướng dẫn chuyển đến | Where to go is required")
                           @Size(max = 500, message = TEXT_TOO_LONG) String redirectTo) {
    }

    public record Text(@NotBlank(message = "Cần nhập nội dung | The text is required") @Size(max = 20000, message = TEXT_TOO_LONG) String text) {
    }

    public record Extension(@NotNull(message = "Cần nhập số ngày | The number of days is required")
                            @Min(value = 1, message = "Số ngày gia hạn ≥ 1 | At least 1 day")
                            @Max(value = 60, message = "Số ngày gia hạn quá lớn | Too many days") Integer days,
                            @NotBlank(message = REASON_REQUIRED) @Size(max = 2000, message = TEXT_TOO_LONG) String reason) {
    }

    public record Decision(@NotNull(message = "Cần chọn đồng ý hay không | Grant or deny is required") Boolean grant,
                           @Size(max = 2000, message = TEXT_TOO_LONG) String note) {
    }

    public record Grant(@NotBlank(message = "Cần chọn đơn vị | A unit is required") String unitCode,
                        @NotBlank(message = REASON_REQUIRED) @Size(max = 2000, message = TEXT_TOO_LONG) String reason) {
    }

    @GET
    public CaseViews.Page<CaseViews.Summary> list(@QueryParam("state") String state, @QueryParam("unit") String unit,
                                                  @QueryParam("leadUnit") String leadUnit,
                                                  @QueryParam("category") String category, @QueryParam("area") String area,
                                                  @QueryParam("channel") String channel, @QueryParam("overdue") Boolean overdue,
                                                  @QueryParam("q") String text, @QueryParam("from") String from,
                                                  @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
                                                  @QueryParam("size") @DefaultValue("20") int size,
                                                  @QueryParam("after") String after) {
        var filter = new CaseQueries.Filter(QueryParams.enumValue(CaseState.class, "state", state), unit, leadUnit, category, area,
                QueryParams.enumValue(Channel.class, "channel", channel), overdue, text,
                QueryParams.startOfDay("from", from), QueryParams.startOfNextDay("to", to));
        return queries.browse(filter, page, size, after);
    }

    @GET
    @Path("/{id}")
    public CaseViews.Detail detail(@PathParam("id") long id) {
        return queries.detail(id);
    }

    /** Cases this one may repeat, with score, band (LIKELY / POSSIBLE) and reasons; merge with POST …/merge. */
    @GET
    @Path("/{id}/duplicates")
    public List<DuplicateView> duplicates(@PathParam("id") long id) {
        return duplicates.forCase(id);
    }

    /** Units that answered the most similar earlier cases, with the share of them (k nearest neighbours). */
    @GET
    @Path("/{id}/routing-suggestions")
    public List<SearchViews.UnitSuggestion> routingSuggestions(@PathParam("id") long id) {
        return routingAdvice.forCase(id);
    }

    @POST
    @Path("/{id}/classify")
    public StepResult classify(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Classify body) {
        return StepResult.of(work.classify(id, body.categoryCode(), body.areaCode(), body.title()));
    }

    @POST
    @Path("/{id}/route")
    public StepResult route(@PathParam("id") long id, @Valid Route body) {
        Route r = body == null ? new Route(null, List.of(), null) : body;
        return StepResult.of(work.route(id, r.leadUnitCode(), r.coordinatorUnitCodes(), r.note()));
    }

    @POST
    @Path("/{id}/merge")
    public StepResult merge(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Merge body) {
        return StepResult.of(work.merge(id, body.masterCaseId()));
    }

    @POST
    @Path("/{id}/unmerge")
    public StepResult unmerge(@PathParam("id") long id) {
        return StepResult.of(work.unmerge(id));
    }

    @POST
    @Path("/{id}/redirect")
    public StepResult redirect(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Redirect body) {
        return StepResult.of(work.redirect(id, body.reason(), body.redirectTo()));
    }

    @POST
    @Path("/{id}/reject")
    public StepResult reject(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Reason body) {
        return StepResult.of(work.reject(id, body.reason()));
    }

    @POST
    @Path("/{id}/accept")
    public StepResult accept(@PathParam("id") long id) {
        return StepResult.of(work.accept(id));
    }

    @POST
    @Path("/{id}/return")
    public StepResult returnToDispatch(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Reason body) {
        return StepResult.of(work.returnToDispatch(id, body.reason()));
    }

    @POST
    @Path("/{id}/request-info")
    public StepResult requestInfo(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Text body) {
        return StepResult.of(work.requestInfo(id, body.text()));
    }

    @POST
    @Path("/{id}/receive-info")
    public StepResult receiveInfo(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Text body) {
        return StepResult.of(work.receiveInfo(id, body.text()));
    }

    @POST
    @Path("/{id}/extension")
    public StepResult requestExtension(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Extension body) {
        return StepResult.of(work.requestExtension(id, body.days(), body.reason()));
    }

    @POST
    @Path("/{id}/extension/decision")
    public StepResult decideExtension(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Decision body) {
        return StepResult.of(work.decideExtension(id, body.grant(), body.note()));
    }

    @POST
    @Path("/{id}/answer")
    public StepResult answer(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Text body) {
        return StepResult.of(work.answer(id, body.text()));
    }

    /**
     * The answer with files (documents, scans): multipart/form-data with a part "text", parts "files" and an
     * optional "visibility" (PUBLIC, the default: published with the answer; STAFF: kept for the staff only).
     */
    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public StepResult answerWithFiles(@PathParam("id") long id, List<EntityPart> parts) {
        try (var form = MultipartForm.read(parts, "files", attachments.policy())) {
            var body = new Text(form.field("text").orElse(null));
            var violations = validator.validate(body);
            if (!violations.isEmpty()) {
                throw new jakarta.validation.ConstraintViolationException(violations);
            }
            Visibility visibility = QueryParams.enumValue(Visibility.class, "visibility", form.field("visibility").orElse(null));
            return StepResult.of(attachments.answer(id, body.text(), form.files(), visibility));
        }
    }

    @POST
    @Path("/{id}/approve")
    public StepResult approve(@PathParam("id") long id) {
        return StepResult.of(work.approveAndPublish(id));
    }

    @POST
    @Path("/{id}/reject-answer")
    public StepResult rejectAnswer(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Reason body) {
        return StepResult.of(work.rejectAnswer(id, body.reason()));
    }

    @POST
    @Path("/{id}/identity-grants")
    public void grantIdentity(@PathParam("id") long id, @Valid @NotNull(message = "Thiếu nội dung | Body required") Grant body) {
        work.grantIdentity(id, body.unitCode(), body.reason());
    }
}
