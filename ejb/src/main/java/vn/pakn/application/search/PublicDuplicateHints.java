package vn.pakn.application.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.pakn.application.cases.DraftReport;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.infrastructure.search.SearchIndexing;
import vn.pakn.search.DuplicateCandidate;
import vn.pakn.search.DuplicateReason;
import vn.pakn.search.analysis.PersonalDataMasker;

/**
 * "Is it one of these?" for a citizen typing a report on the portal. Open without sign-in, so it says as little
 * as it can: the phone is never part of the question, the reasons never say "same caller", titles come with
 * phone numbers and e-mail addresses masked, and only cases that staff have classified (no unvetted text) and that are
 * still being worked or answered are offered.
 */
@Stateless
public class PublicDuplicateHints {

    static final int MAX_HINTS = 5;
    private static final Set<CaseState> OFFERED = EnumSet.of(CaseState.CLASSIFIED, CaseState.ASSIGNED,
            CaseState.IN_PROGRESS, CaseState.ANSWERED, CaseState.APPROVED, CaseState.PUBLISHED, CaseState.REOPENED);

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private SearchIndexing search;

    @Inject
    private CodeNames codeNames;

    @Inject
    private Clock clock;

    public record Hint(String trackingCode, String title, String stateLabelVi, String categoryName, String areaName,
                       Instant receivedAt, String band, double score, List<String> reasons) {
    }

    public List<Hint> forDraft(DraftReport draft) {
        String text = draft.text() == null ? "" : draft.text();
        if (text.isBlank() && (draft.title() == null || draft.title().isBlank())) {
            return List.of();
        }
        DraftReport anonymous = new DraftReport(draft.title(), text, null, draft.latitude(), draft.longitude(),
                draft.areaCode(), draft.categoryCode());
        List<Hint> out = new ArrayList<>();
        CodeNames.Names names = null;
        for (DuplicateCandidate candidate : search.candidatesFor(anonymous, clock.instant(), false, MAX_HINTS * 2)) {
            Case c = em.find(Case.class, StaffSearch.parse(candidate.caseId()));
            if (c == null || !OFFERED.contains(c.getState())) {
                continue;
            }
            names = names == null ? codeNames.load() : names;
            out.add(new Hint(c.getTrackingCode(), PersonalDataMasker.mask(c.getTitle()), c.getState().labelVi(),
                    c.getCategory() == null ? null : names.category(c.getCategory().getCode()),
                    c.getArea() == null ? null : names.area(c.getArea().getCode()), c.getReceivedAt(),
                    candidate.band().name(), candidate.score(),
                    candidate.reasons().stream().map(DuplicateReason::code)
                            .filter(code -> !DuplicateReason.SAME_CALLER.equals(code)).toList()));
            if (out.size() == MAX_HINTS) {
                break;
            }
        }
        return out;
    }
}
