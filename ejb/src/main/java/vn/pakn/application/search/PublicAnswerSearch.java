package vn.pakn.application.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.infrastructure.search.ComplaintSearchIndex;
import vn.pakn.search.ComplaintSearcher;
import vn.pakn.search.PublishedAnswer;

/**
 * The public search over published answers, open without sign-in. One hit per case (merged reports share the
 * answer), and only for cases the database still shows as published: the index may lag, the public must not.
 */
@Stateless
public class PublicAnswerSearch {

    public static final int DEFAULT_LIMIT = 10;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private ComplaintSearchIndex index;

    @Inject
    private CodeNames codeNames;

    public List<SearchViews.PublicAnswer> search(String text, int offset, int limit) {
        int size = limit <= 0 ? DEFAULT_LIMIT : limit;
        if (offset < 0 || size > ComplaintSearcher.MAX_PUBLIC_LIMIT) {
            throw DomainException.invalid("bad-page", "Trang kết quả không hợp lệ (tối đa " + ComplaintSearcher.MAX_PUBLIC_LIMIT
                    + " kết quả một trang).", "Invalid page (at most " + ComplaintSearcher.MAX_PUBLIC_LIMIT + " hits a page).");
        }
        List<PublishedAnswer> found;
        try {
            // Ask for a few more than a page: merged reports of one case collapse into one hit.
            found = index.searcher().searchPublished(text == null ? "" : text, offset,
                    Math.min(ComplaintSearcher.MAX_PUBLIC_LIMIT, size * 2));
        } catch (IOException e) {
            throw new IllegalStateException("PAKN0411: the published answers could not be searched", e);
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (PublishedAnswer a : found) {
            long id = StaffSearch.parse(a.caseId());
            if (id > 0) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Case> published = em.createQuery("SELECT c FROM PaknCase c WHERE c.id IN :ids AND c.publishedAt IS NOT NULL "
                        + "AND c.state IN (vn.pakn.domain.model.cases.CaseState.PUBLISHED, vn.pakn.domain.model.cases.CaseState.CLOSED)",
                        Case.class)
                .setParameter("ids", ids).getResultList().stream().collect(Collectors.toMap(Case::getId, Function.identity()));
        CodeNames.Names names = codeNames.load();
        List<SearchViews.PublicAnswer> out = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (PublishedAnswer a : found) {
            Case c = published.get(StaffSearch.parse(a.caseId()));
            if (c == null || !seen.add(c.getId()) || out.size() == size) {
                continue;
            }
            out.add(new SearchViews.PublicAnswer(c.getTrackingCode(), names.category(a.category()), names.area(a.area()),
                    a.snippet(), c.getReceivedAt(), c.getPublishedAt()));
        }
        return out;
    }
}
