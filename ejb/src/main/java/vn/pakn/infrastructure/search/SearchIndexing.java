package vn.pakn.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.pakn.application.cases.DraftReport;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.shared.PhoneNumbers;
import vn.pakn.domain.model.shared.Texts;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.DuplicateCandidate;
import vn.pakn.search.DuplicateQuery;

/**
 * Feeds the index only after the database commit (a rolled-back report never reaches it), from documents taken
 * just before the commit while the entities are still managed.
 */
@Stateless
public class SearchIndexing {

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private ComplaintSearchIndex index;

    public void reindexAfterCommit(Collection<Report> reports) {
        List<Report> snapshot = List.copyOf(reports);
        List<ComplaintDocument> docs = new ArrayList<>();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                snapshot.forEach(r -> docs.add(ReportDocuments.of(r)));
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    index.upsert(docs);
                }
            }
        });
    }

    /** Candidates for a stored report, never its own case (which, once indexed, would always rank first). */
    public List<DuplicateCandidate> candidatesFor(Report report, long ownCaseId, int max) {
        return index.candidates(ReportDocuments.queryFor(report), max, java.util.Set.of(String.valueOf(ownCaseId)));
    }

    /**
     * Candidates for a report not yet submitted, as if received at {@code at}. Without {@code withPhone} the
     * phone is left out of the query, so that nobody learns from the answer where a number reported before.
     */
    public List<DuplicateCandidate> candidatesFor(DraftReport draft, Instant at, boolean withPhone, int max) {
        String phoneHash = withPhone && draft.phone() != null
                ? PhoneNumbers.normalise(draft.phone()).map(PhoneNumbers::hash).orElse(null) : null;
        boolean located = draft.latitude() != null && draft.longitude() != null;
        String text = Texts.nfcOrNull(draft.text());
        return index.candidates(new DuplicateQuery(text == null ? "" : text, Texts.nfcOrNull(draft.title()), at, phoneHash,
                located ? draft.latitude() : null, located ? draft.longitude() : null, draft.areaCode(), draft.categoryCode()), max);
    }
}
