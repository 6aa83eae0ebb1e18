package vn.pakn.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.DuplicateCandidate;

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

    public List<DuplicateCandidate> candidatesFor(Report report, int max) {
        return index.candidates(ReportDocuments.queryFor(report), max);
    }
}
