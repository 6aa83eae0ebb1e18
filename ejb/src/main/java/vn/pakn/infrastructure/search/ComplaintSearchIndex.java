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
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.ComplaintIndex;
import vn.pakn.search.ComplaintSearcher;
import vn.pakn.search.DuplicateCandidate;
import vn.pakn.search.DuplicateFinder;
import vn.pakn.search.DuplicateQuery;
import vn.pakn.search.RoutingSuggester;

/**
 * The node's Lucene complaint index (search-index library), a structure derived from the database. At start it
 * catches up from the last indexed change (re-sending what changed since then) and is rebuilt in the background
 * when it still does not hold the database's reports; an administrator can rebuild it with progress; it is fed
 * after every commit that adds or moves a report.
 */
@Singleton
@Startup
// After the demo data: its reports are written without the index, and the start-up catch-up must see them.
@DependsOn({"SchemaMigrator", "DemoDataLoader"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ComplaintSearchIndex {

    private static final Logger LOG = Logger.getLogger(ComplaintSearchIndex.class);

    /**
     * A change is stamped with the time it was indexed, but its case event was written up to a transaction
     * timeout earlier: catching up re-sends twice that much, which is cheap because upserts are idempotent.
     */
    static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(10);

    @Inject
    @ConfigProperty(name = "pakn.index.dir")
    private Optional<String> configuredDir;

    @PersistenceUnit(unitName = "pakn")
    private EntityManagerFactory emf;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Clock clock;

    private volatile ComplaintIndex index;
    private volatile DuplicateFinder finder;
    private volatile ComplaintSearcher searcher;
    private volatile RoutingSuggester suggester;
    private final AtomicReference<IndexRebuildStatus> status = new AtomicReference<>(IndexRebuildStatus.idle(0));

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
        searcher = new ComplaintSearcher(index);
        suggester = new RoutingSuggester(index);
        status.set(IndexRebuildStatus.idle(index.size()));
        executor.submit(this::catchUp);
    }

    /** Re-sends what changed since the last durable index commit; rebuilds when the counts still disagree. */
    void catchUp() {
        EntityManager em = emf.createEntityManager();
        try {
            long last = index.lastIndexedChange();
            if (last > 0 && index.size() > 0) {
                Instant since = Instant.ofEpochMilli(last).minus(CATCH_UP_MARGIN);
                // No alias on the fetch join: this Hibernate refuses it (JPA does not allow it).
                List<Report> changed = em.createQuery("SELECT DISTINCT r FROM Report r JOIN FETCH r.currentCase "
                                + "WHERE r.receivedAt >= :since OR r.currentCase.id IN "
                                + "(SELECT e.caseId FROM CaseEvent e WHERE e.occurredAt >= :since)", Report.class)
                        .setParameter("since", since).getResultList();
                upsert(changed.stream().map(ReportDocuments::of).toList());
                LOG.infof("PAKN0409: complaint index caught up: %d reports changed since %s", changed.size(), since);
            }
            long reports = em.createQuery("SELECT COUNT(r) FROM Report r", Long.class).getSingleResult();
            if (reports == index.size()) {
                LOG.infof("PAKN0401: complaint index up to date (%d reports)", reports);
                return;
            }
            LOG.infof("PAKN0402: rebuilding the complaint index from %d reports (it holds %d)", reports, index.size());
        } catch (RuntimeException e) {
            LOG.errorf(e, "PAKN0404: complaint index catch-up failed; rebuilding");
        } finally {
            em.close();
        }
        rebuild("startup");
    }

    /** Rebuilds the whole index from the database on this thread, unless a rebuild is already running. */
    void rebuild(String trigger) {
        claim(trigger).ifPresent(this::run);
    }

    /**
     * Starts a rebuild in the background unless one is running. The status returned is already RUNNING (this
     * one or the one under way), so a progress bar polling right after never sees the previous run's DONE.
     */
    public IndexRebuildStatus startRebuild(String trigger) {
        claim(trigger).ifPresent(started -> executor.submit(() -> run(started)));
        return status.get();
    }

    private Optional<IndexRebuildStatus> claim(String trigger) {
        IndexRebuildStatus before = status.get();
        if (before.state() == IndexRebuildStatus.State.RUNNING) {
            return Optional.empty();
        }
        EntityManager em = emf.createEntityManager();
        try {
            long expected = em.createQuery("SELECT COUNT(r) FROM Report r", Long.class).getSingleResult();
            IndexRebuildStatus started = IndexRebuildStatus.started(trigger, expected, index.size(), clock.instant());
            return status.compareAndSet(before, started) ? Optional.of(started) : Optional.empty();
        } finally {
            em.close();
        }
    }

    /** Searches keep answering from the old index until the new one is complete. */
    private void run(IndexRebuildStatus started) {
        EntityManager em = emf.createEntityManager();
        try {
            long n = index.rebuild(new ReportDocumentStream(em), started.expected(), clock.instant().toEpochMilli(),
                    (indexed, total) -> status.updateAndGet(s -> s.running(indexed, total)));
            LOG.infof("PAKN0403: complaint index rebuilt (%d reports) for %s", n, started.trigger());
            status.updateAndGet(s -> s.done(n, index.size(), clock.instant()));
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "PAKN0404: complaint index rebuild failed; duplicate checks see only new reports");
            status.updateAndGet(s -> s.failed(e.getClass().getSimpleName(), clock.instant()));
        } finally {
            em.close();
        }
    }

    public IndexRebuildStatus status() {
        IndexRebuildStatus s = status.get();
        return s.state() == IndexRebuildStatus.State.RUNNING ? s
                : new IndexRebuildStatus(s.state(), s.indexed(), s.expected(), index.size(), s.startedAt(),
                        s.finishedAt(), s.trigger(), s.error());
    }

    public void upsert(List<ComplaintDocument> docs) {
        long change = clock.instant().toEpochMilli();
        try {
            for (ComplaintDocument d : docs) {
                index.upsert(d, change);
            }
        } catch (IOException e) {
            // The database already holds the report; the catch-up at the next start repairs the index.
            LOG.errorf(e, "PAKN0405: could not index %d reports", docs.size());
        }
    }

    public List<DuplicateCandidate> candidates(DuplicateQuery query, int max) {
        return candidates(query, max, java.util.Set.of());
    }

    /** Candidates other than {@code excludedCaseIds} (the report's own case, once it is indexed). */
    public List<DuplicateCandidate> candidates(DuplicateQuery query, int max, java.util.Set<String> excludedCaseIds) {
        try {
            return finder.find(query, max, excludedCaseIds);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "PAKN0406: duplicate check failed");
            return List.of();
        }
    }

    /** Full-text search and public answers (search-index library); thread-safe. */
    public ComplaintSearcher searcher() {
        return searcher;
    }

    public RoutingSuggester routingSuggester() {
        return suggester;
    }

    /** Makes what was indexed durable on disk once a minute; a crash in between is repaired by the catch-up. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    void commitPeriodically() {
        try {
            if (index != null && status.get().state() != IndexRebuildStatus.State.RUNNING) {
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
