package vn.pakn.interfaces.search.rest;

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
import vn.pakn.application.search.PublicAnswerSearch;
import vn.pakn.application.search.PublicDuplicateHints;
import vn.pakn.application.search.SearchViews;

/**
 * Open without sign-in: {@code GET /api/public/search/answers?q=} over published answers, and
 * {@code POST /api/public/search/similar} for the portal's "is it one of these?" while a citizen types.
 * Neither returns anyone's personal data.
 */
@RequestScoped
@Path("/public/search")
@Produces(MediaType.APPLICATION_JSON)
public class PublicSearchResource {

    @Inject
    private PublicAnswerSearch answers;

    @Inject
    private PublicDuplicateHints hints;

    @GET
    @Path("/answers")
    public List<SearchViews.PublicAnswer> answers(@QueryParam("q") String text,
                                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                                  @QueryParam("limit") @DefaultValue("10") int limit) {
        return answers.search(text, offset, limit);
    }

    @POST
    @Path("/similar")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<PublicDuplicateHints.Hint> similar(@Valid @NotNull(message = "Thiếu nội dung | Body required") DraftRequest draft) {
        return hints.forDraft(draft.toDraft());
    }
}
