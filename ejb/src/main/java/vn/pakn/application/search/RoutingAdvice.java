package vn.pakn.application.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.application.CurrentStaff;
import vn.pakn.application.cases.CaseAccess;
import vn.pakn.application.cases.CaseReports;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.infrastructure.search.ComplaintSearchIndex;
import vn.pakn.search.RoutingSuggestion;

/**
 * The units that answered the most similar earlier cases (k nearest neighbours in the index), so that the
 * dispatcher confirms a lead unit instead of choosing one from a tree of dozens. Complements the routing rules,
 * which know categories and areas but not what a report is really about.
 */
@Stateless
public class RoutingAdvice {

    static final int SUGGESTIONS = 3;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private CaseReports reports;

    @Inject
    private CaseAccess access;

    @Inject
    private ComplaintSearchIndex index;

    @Inject
    private CodeNames codeNames;

    public List<SearchViews.UnitSuggestion> forCase(long caseId) {
        Case c = access.forReading(currentStaff.get(), caseId);
        Report first = reports.opening(c).orElse(null);
        if (first == null) {
            return List.of();
        }
        List<RoutingSuggestion> suggestions;
        try {
            suggestions = index.routingSuggester().suggest(first.getTitle(), first.getDescription(),
                    c.getCategory() == null ? null : c.getCategory().getCode(), c.getArea() == null ? null : c.getArea().getCode(),
                    SUGGESTIONS);
        } catch (IOException e) {
            throw new IllegalStateException("PAKN0412: routing suggestions could not be read from the index", e);
        }
        CodeNames.Names names = codeNames.load();
        List<SearchViews.UnitSuggestion> out = new ArrayList<>();
        for (RoutingSuggestion s : suggestions) {
            // A unit closed since it answered similar cases is no longer a choice.
            if (names.units().containsKey(s.unit())) {
                out.add(new SearchViews.UnitSuggestion(s.unit(), names.unit(s.unit()), s.confidence()));
            }
        }
        return out;
    }
}
