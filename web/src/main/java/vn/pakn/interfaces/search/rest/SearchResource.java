package vn.pakn.interfaces.search.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.pakn.application.cases.DuplicateCheck;
import vn.pakn.application.cases.DuplicateView;
import vn.pakn.application.search.SearchForm;
import vn.pakn.application.search.SearchViews;
import vn.pakn.application.search.StaffSearch;
import vn.pakn.interfaces.rest.QueryParams;

/**
 * Staff search: {@code GET /api/search?q=mat dien&category=DIEN&state=ASSIGNED&from=01/11/2026&to=30/11/2026}
 * (filters repeat for "any of"), and {@code POST /api/search/similar} for the call desk's live duplicate hints.
 */
@RequestScoped
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"OPERATOR", "DISPATCHER", "UNIT_OFFICER", "UNIT_LEADER", "LEADER", "ADMIN"})
public class SearchResource {

    @Inject
    private StaffSearch search;

    @Inject
    private DuplicateCheck duplicates;

    @GET
    public SearchViews.StaffPage search(@QueryParam("q") String text, @QueryParam("category") List<String> categories,
                                        @QueryParam("unit") List<String> units, @QueryParam("state") List<String> states,
                                        @QueryParam("area") List<String> areas, @QueryParam("from") String from,
                                        @QueryParam("to") String to, @QueryParam("offset") @DefaultValue("0") int offset,
                                        @QueryParam("limit") @DefaultValue("20") int limit) {
        return search.search(new SearchForm(text, codes(categories), codes(units), upper(states), codes(areas),
                QueryParams.startOfDay("from", from), QueryParams.startOfNextDay("to", to), offset, limit));
    }

    @POST
    @Path("/similar")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<DuplicateView> similar(@Valid @NotNull(message = "Thiếu nội dung | Body required") DraftRequest draft) {
        return duplicates.forDraft(draft.toDraft());
    }

    private static Set<String> codes(List<String> values) {
        return values == null ? Set.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .collect(Collectors.toSet());
    }

    private static Set<String> upper(List<String> values) {
        return codes(values).stream().map(String::toUpperCase).collect(Collectors.toSet());
    }
}
