package vn.pakn.infrastructure.search;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.search.DuplicateQuery;

/**
 * Asks the duplicate finder about a new report after its transaction commits, off the request thread, and records
 * the best "likely" case as the new case's hint. A duplicate query costs more CPU than the rest of the intake
 * (measured: intake fell from 150 to 65 reports/s with it inline), and a hint is advice the dispatcher can also get
 * on demand: so it never delays the citizen's tracking code, and under overload, when every worker is busy, the hint
 * is skipped rather than queued without bound.
 */
@Stateless
public class LikelyDuplicateHints {

    private static final Logger LOG = Logger.getLogger(LikelyDuplicateHints.class);
    /** Finder queries running at once; beyond this the hint is skipped (the case page still lists candidates). */
    static final int MAX_IN_FLIGHT = 2;
    private static final Semaphore IN_FLIGHT = new Semaphore(MAX_IN_FLIGHT);

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private LikelyDuplicateRecorder recorder;

    public void findAfterCommit(Report report, long caseId) {
        DuplicateQuery query = ReportDocuments.queryFor(report);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the query was taken while the report was managed
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                if (!IN_FLIGHT.tryAcquire()) {
                    LOG.debugf("PAKN0413: duplicate hint for case %d skipped: the finder is busy", caseId);
                    return;
                }
                try {
                    executor.execute(() -> {
                        try {
                            recorder.record(caseId, query);
                        } catch (RuntimeException e) {
                            LOG.warnf("PAKN0414: duplicate hint for case %d failed: %s", caseId, e.toString());
                        } finally {
                            IN_FLIGHT.release();
                        }
                    });
                } catch (RuntimeException e) {
                    IN_FLIGHT.release();
                    LOG.debugf("PAKN0413: duplicate hint for case %d skipped: %s", caseId, e.toString());
                }
            }
        });
    }
}
