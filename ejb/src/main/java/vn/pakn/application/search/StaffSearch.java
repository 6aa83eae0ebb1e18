package vn.pakn.application.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.pakn.application.CurrentStaff;
import vn.pakn.application.StaffMember;
import vn.pakn.application.cases.CaseAccess;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.infrastructure.search.ComplaintSearchIndex;
import vn.pakn.search.FacetValue;
import vn.pakn.search.SearchHit;
import vn.pakn.search.SearchResult;
import vn.pakn.search.StaffSearchQuery;

/**
 * Full-text search for staff. Unit staff search only their unit's subtree (the filter is forced here, in the
 * service layer), and every hit is re-checked against the database's case so that a stale index entry never
 * shows a case the caller may not see, nor an outdated state.
 */
@Stateless
public class StaffSearch {

    public static final int DEFAULT_LIMIT = 20;

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private ComplaintSearchIndex index;

    @Inject
    private CodeNames codeNames;

    public SearchViews.StaffPage search(SearchForm form) {
        StaffMember staff = currentStaff.get();
        int limit = form.limit() <= 0 ? DEFAULT_LIMIT : form.limit();
        if (form.offset() < 0 || limit > StaffSearchQuery.MAX_LIMIT) {
            throw DomainException.invalid("bad-page", "Trang kết quả không hợp lệ (tối đa " + StaffSearchQuery.MAX_LIMIT + " kết quả một trang).",
                    "Invalid page (at most " + StaffSearchQuery.MAX_LIMIT + " hits a page).");
        }
        for (String s : form.states()) {
            checkState(s);
        }
        Set<String> units = scopedUnits(staff, form.units());
        if (units != null && units.isEmpty()) {
            return new SearchViews.StaffPage(0, form.offset(), limit, List.of(), Map.of());
        }
        SearchResult result;
        try {
            result = index.searcher().search(new StaffSearchQuery(form.text(), form.categories(), units == null ? Set.of() : units,
                    form.states(), form.areas(), form.from(), form.to(), form.offset(), limit));
        } catch (IOException e) {
            throw new IllegalStateException("PAKN0410: the complaint index could not be searched", e);
        }
        CodeNames.Names names = codeNames.load();
        Map<Long, Case> cases = casesOf(result.hits());
        List<SearchViews.StaffHit> hits = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            Case c = cases.get(parse(h.caseId()));
            if (c == null || !CaseAccess.maySee(staff, c)) {
                continue;
            }
            String unitCode = c.getLeadUnit() == null ? h.unit() : c.getLeadUnit().getCode();
            hits.add(new SearchViews.StaffHit(parse(h.id()), c.getId(), c.getTrackingCode(), h.title(), h.snippet(),
                    c.getState().name(), c.getState().labelVi(), h.category(), names.category(h.category()), h.area(),
                    names.area(h.area()), unitCode, names.unit(unitCode), h.receivedAt(), h.score()));
        }
        return new SearchViews.StaffPage(result.total(), form.offset(), limit, hits, facets(result, names));
    }

    /** Null: no restriction. Unit staff: the requested units inside their subtree, or their whole subtree. */
    private Set<String> scopedUnits(StaffMember staff, Set<String> requested) {
        if (staff.seesAllCases()) {
            return requested.isEmpty() ? null : requested;
        }
        if (!staff.isUnitStaff()) {
            throw DomainException.forbidden("Không có quyền tìm kiếm hồ sơ.", "You may not search cases.");
        }
        Set<String> own = new HashSet<>(em.createQuery("SELECT u.code FROM Unit u WHERE u.path LIKE :p", String.class)
                .setParameter("p", staff.unitPath() + "%").getResultList());
        if (!requested.isEmpty()) {
            own.retainAll(requested);
        }
        return own;
    }

    private Map<Long, Case> casesOf(List<SearchHit> hits) {
        Set<Long> ids = hits.stream().map(h -> parse(h.caseId())).filter(id -> id > 0).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT DISTINCT c FROM PaknCase c LEFT JOIN FETCH c.assignments "
                        + "WHERE c.id IN :ids", Case.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(Case::getId, Function.identity()));
    }

    private static Map<String, List<SearchViews.Facet>> facets(SearchResult result, CodeNames.Names names) {
        Map<String, List<SearchViews.Facet>> out = new LinkedHashMap<>();
        result.facets().forEach((dimension, values) -> {
            Function<String, String> label = switch (dimension) {
                case SearchResult.CATEGORY -> names::category;
                case SearchResult.UNIT -> names::unit;
                case SearchResult.STATE -> StaffSearch::stateLabel;
                default -> Function.identity();
            };
            List<SearchViews.Facet> facet = new ArrayList<>();
            for (FacetValue v : values) {
                facet.add(new SearchViews.Facet(v.value(), label.apply(v.value()), v.count()));
            }
            out.put(dimension, facet);
        });
        return out;
    }

    private static String stateLabel(String name) {
        try {
            return CaseState.valueOf(name).labelVi();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static void checkState(String s) {
        try {
            CaseState.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("bad-state", "Trạng thái '" + s + "' không tồn tại.", "There is no state '" + s + "'.");
        }
    }

    static long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
