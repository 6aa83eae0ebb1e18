package vn.pakn.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.ComplaintIndex;
import vn.pakn.search.DuplicateCandidate;
import vn.pakn.search.DuplicateFinder;
import vn.pakn.search.DuplicateQuery;

/**
 * The node's Lucene complaint index (search-index library), a structure derived from the database: opened at
 * start under {@code pakn.index.dir}, rebuilt in the background from the reports when it does not match them,
 * and fed after every commit that adds or moves a report.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ComplaintSearchIndex {

    private static final Logger LOG = Logger.getLogger(ComplaintSearchIndex.class);
    private static final int REBUILD_BATCH = 500;

    @Inject
    @ConfigProperty(name = "pakn.index.dir")
    private Optional<String> configuredDir;

    @PersistenceUnit(unitName = "pakn")
    private EntityManagerFactory emf;

    @Resource
    private ManagedExecutorService executor;

    private volatile ComplaintIndex index;
    private volatile DuplicateFinder finder;

    @PostConstruct
    void open() {
        Path dir = configuredDir.filter(d -> !d.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "data"), "pakn-index"));
        try {
            index = ComplaintIndex.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("PAKN0400: cannot open the complaint index at " + dir, e);
        }
        finder = new DuplicateFinder(index);
        executor.submit(this::catchUpIfNeeded);
    }

    /** The database is the truth: when the index holds another number of reports, it is rebuilt from them. */
    void catchUpIfNeeded() {
        var em = emf.createEntityManager();
        try {
            long reports = em.createQuery("SELECT COUNT(r) FROM Report r", Long.class).getSingleResult();
            if (reports == index.size()) {
                LOG.infof("PAKN0401: complaint index up to date (%d reports)", reports);
                return;
            }
            LOG.infof("PAKN0402: rebuilding the complaint index from %d reports", reports);
            long done = 0;
            for (int first = 0; ; first += REBUILD_BATCH) {
                List<Report> batch = em.createQuery("SELECT r FROM Report r JOIN FETCH r.currentCase ORDER BY r.id", Report.class)
                        .setFirstResult(first).setMaxResults(REBUILD_BATCH).getResultList();
                if (batch.isEmpty()) {
                    break;
                }
                for (Report r : batch) {
                    index.upsert(ReportDocuments.of(r));
                }
                done += batch.size();
                em.clear();
            }
            index.commit();
            LOG.infof("PAKN0403: complaint index rebuilt (%d reports)", done);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "PAKN0404: complaint index rebuild failed; duplicate checks see only new reports");
        } finally {
            em.close();
        }
    }

    public void upsert(List<ComplaintDocument> docs) {
        try {
            for (ComplaintDocument d : docs) {
                index.upsert(d);
            }
        } catch (IOException e) {
            // The database already holds the report; a rebuild repairs the index.
            LOG.errorf(e, "PAKN0405: could not index %d reports", docs.size());
        }
    }

    public List<DuplicateCandidate> candidates(DuplicateQuery query, int max) {
        try {
            return Optional.ofNullable(finder).map(f -> {
                try {
                    return f.find(query, max);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).orElse(List.of());
        } catch (UncheckedIOException e) {
            LOG.errorf(e, "PAKN0406: duplicate check failed");
            return List.of();
        }
    }

    /** Makes what was indexed durable on disk once a minute; a crash in between is repaired by the start-up check. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    void commitPeriodically() {
        try {
            if (index != null) {
                index.commit();
            }
        } catch (IOException e) {
            LOG.warnf(e, "PAKN0408: committing the complaint index failed; the next minute tries again");
        }
    }

    @PreDestroy
    void close() {
        try {
            if (index != null) {
                index.close();
            }
        } catch (IOException e) {
            LOG.warnf(e, "PAKN0407: closing the complaint index failed");
        }
    }
}
