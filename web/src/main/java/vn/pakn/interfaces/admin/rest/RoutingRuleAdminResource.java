package vn.pakn.interfaces.admin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.pakn.application.admin.AdminForms;
import vn.pakn.application.admin.AdminViews.RoutingRuleView;
import vn.pakn.application.admin.RoutingRuleAdministration;

/**
 * Routing rules. {@code PUT /{id}} does not edit the rule in place: it deactivates it and answers with its
 * successor (a new id), so the rule earlier cases were routed by stays on record.
 */
@RequestScoped
@Path("/admin/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class RoutingRuleAdminResource {

    @Inject
    private RoutingRuleAdministration rules;

    @Context
    private UriInfo uri;

    @GET
    public List<RoutingRuleView> list(@QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return rules.list(includeInactive);
    }

    /** The answer of {@code GET /match}: the rule that would route the sample, or none. */
    public record RuleMatch(boolean matched, RoutingRuleView rule) {
    }

    /** Which rule would route a report of this category in this area (both optional), as intake would choose. */
    @GET
    @Path("/match")
    public RuleMatch match(@QueryParam("category") String category, @QueryParam("area") String area) {
        var rule = rules.match(category, area);
        return new RuleMatch(rule.isPresent(), rule.orElse(null));
    }

    @POST
    public Response create(@Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.RuleForm body) {
        RoutingRuleView created = rules.create(body);
        return AdminRest.created(uri, created.id(), created);
    }

    @PUT
    @Path("/{id}")
    public RoutingRuleView replace(@PathParam("id") long id, @Valid @NotNull(message = AdminRest.BODY_REQUIRED) AdminForms.RuleForm body) {
        return rules.replace(id, body);
    }

    @POST
    @Path("/{id}/deactivate")
    public RoutingRuleView deactivate(@PathParam("id") long id) {
        return rules.deactivate(id);
    }
}
