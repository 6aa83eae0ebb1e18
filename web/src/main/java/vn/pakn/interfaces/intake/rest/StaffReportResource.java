package vn.pakn.interfaces.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.pakn.application.intake.Receipt;
import vn.pakn.application.intake.ReportIntake;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.interfaces.rest.JsonbResolver;
import vn.pakn.domain.model.shared.DomainException;

/** Operators and dispatchers enter reports taken by phone or e-mail; the call can be linked by its Linkedid. */
@RequestScoped
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"OPERATOR", "DISPATCHER"})
public class StaffReportResource {

    @Inject
    private ReportIntake intake;

    @POST
    public Response submit(@Valid @NotNull(message = "Cần gửi nội dung phản ánh | A report body is required") ReportRequest request,
                           @QueryParam("channel") String channelName, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Context SecurityContext security) {
        Channel channel = channelName == null || channelName.isBlank() ? Channel.HOTLINE : parse(channelName);
        String key = IdempotencyKeys.check(idempotencyKey);
        Receipt receipt = intake.submit(request.toCommand(true), channel, key, JsonbResolver.shared().toJson(request),
                security.getUserPrincipal().getName());
        return Response.status(receipt.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(receipt).build();
    }

    private static Channel parse(String name) {
        try {
            return Channel.valueOf(name.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("unknown-channel", "Kênh tiếp nhận không hợp lệ: " + name,
                    "Unknown channel: " + name + " (HOTLINE, PORTAL, API, EMAIL, OPEN311)");
        }
    }
}
