package vn.pakn.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.pakn.search.analysis.VietnameseAnalyzer;
import vn.pakn.search.index.DocumentMapper;
import vn.pakn.search.index.IndexFields;
import vn.pakn.search.index.RecentWrites;

/**
 * The on-disk complaint index: one Lucene document per report, written through one {@link IndexWriter} and
 * read through near-real-time searchers. Thread-safe.
 *
 * <p>Visibility: every write bumps a sequence number, and {@link #acquire()} refreshes the searcher when it is
 * behind, so a search sees every write made before it. The duplicate finder, asked after nearly every write, uses
 * {@link #acquireRecent()} instead: the searcher as it is plus the reports written since it was opened
 * ({@link RecentWrites}), refreshed only when those grow past {@link IndexSettings#recentLimit()} or
 * {@link IndexSettings#refreshInterval()}: a report is still a candidate for the very next one, without a
 * one-document segment per report. Durability: {@link #commit()} (and {@link #close()}) persist the index
 * with the last change sequence passed to {@link #upsert(ComplaintDocument, long)}; after a crash the server
 * re-sends changes after {@link #lastIndexedChange()}. The index is derived data: {@link #rebuild} recreates it.
 */
public final class ComplaintIndex implements Closeable {
  /**
   * Documents in order of reception: a time window is then one doc-id range per segment, which the duplicate
   * finder's filter jumps to instead of scoring the whole index (reports arrive nearly in that order anyway).
   */
  static final Sort SORT = new Sort(new SortField(IndexFields.RECEIVED, SortField.Type.LONG));
  /**
   * Version of the field layout, kept in every commit. Bump it whenever {@code DocumentMapper} changes what is
   * indexed, stored or kept as doc values: an index with another version is emptied on open and rebuilt.
   * 2: one analysis pass (same terms); id and case id as binary doc values, only the texts stored.
   */
  static final String FORMAT = "2";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final DocumentMapper mapper;
  private final IndexSettings settings;
  private final AtomicLong lastWrite = new AtomicLong();
  private final AtomicLong visible = new AtomicLong();
  private final AtomicLong lastChange;
  private volatile boolean rebuilding;
  private final RecentWrites recent = new RecentWrites();
  /** Incremented as each refresh starts; a write is tagged with the epoch current when it completed. */
  private final AtomicLong epoch = new AtomicLong();
  /** For each open top-level reader, the epoch of the refresh that opened it: it shows writes of earlier epochs. */
  private final Map<IndexReader.CacheKey, Long> readerEpochs = new ConcurrentHashMap<>();

  private ComplaintIndex(Directory directory, IndexSettings settings) throws IOException {
    this.directory = directory;
    this.settings = settings;
    // An index of another layout (an older format, or from before the time sort) cannot be converted in place: it is
    // derived data, so it starts empty (last change -1, size 0) and the server rebuilds it from the database.
    boolean outdated = DirectoryReader.indexExists(directory) && !currentFormat(directory);
    IndexWriterConfig config = new IndexWriterConfig(new VietnameseAnalyzer(VietnameseAnalyzer.Options.SEARCH))
        .setOpenMode(outdated ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setIndexSort(SORT)
        .setRAMBufferSizeMB(settings.ramBufferMb())
        .setCommitOnClose(true);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    remember(0);
    searchers.addListener(new ReferenceManager.RefreshListener() {
      private long starting;

      @Override
      public void beforeRefresh() {
        starting = epoch.incrementAndGet();
      }

      @Override
      public void afterRefresh(boolean didRefresh) throws IOException {
        // Refreshed or not, the current searcher shows every write completed before this refresh started.
        remember(starting);
        if (!rebuilding) {
          recent.pruneBelow(starting);
        }
      }
    });
    this.mapper = new DocumentMapper(settings.zone());
    String last = outdated ? null : committedData().get(IndexFields.LAST_CHANGE);
    this.lastChange = new AtomicLong(last == null ? -1 : Long.parseLong(last));
  }

  /** Opens (creating when absent) the index in {@code directory} with default settings. */
  public static ComplaintIndex open(Path directory) throws IOException {
    return open(directory, IndexSettings.defaults());
  }

  public static ComplaintIndex open(Path directory, IndexSettings settings) throws IOException {
    return open(FSDirectory.open(directory), settings);
  }

  /** Opens an index in any Lucene directory (tests use a byte-buffer directory). Takes ownership of it. */
  public static ComplaintIndex open(Directory directory, IndexSettings settings) throws IOException {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(settings, "settings");
    try {
      return new ComplaintIndex(directory, settings);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Whether the last commit has this version's field layout ({@link #FORMAT}) and is sorted by reception time. */
  private static boolean currentFormat(Directory directory) throws IOException {
    SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
    if (!FORMAT.equals(commit.getUserData().get(IndexFields.FORMAT))) {
      return false;
    }
    for (SegmentCommitInfo segment : commit) {
      if (!SORT.equals(segment.info.getIndexSort())) {
        return false;
      }
    }
    return true;
  }

  private void remember(long refreshEpoch) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      IndexReader.CacheHelper helper = s.getIndexReader().getReaderCacheHelper();
      if (readerEpochs.putIfAbsent(helper.getKey(), refreshEpoch) == null) {
        helper.addClosedListener(readerEpochs::remove);
      } else {
        readerEpochs.merge(helper.getKey(), refreshEpoch, Math::max);
      }
    } finally {
      searchers.release(s);
    }
  }

  private Map<String, String> committedData() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      return r.getIndexCommit().getUserData();
    }
  }

  public IndexSettings settings() {
    return settings;
  }

  /** Adds the report or replaces the one with the same id. */
  public void upsert(ComplaintDocument doc) throws IOException {
    Objects.requireNonNull(doc, "doc");
    DocumentMapper.Mapped mapped = mapper.map(doc);
    long seq = writer.updateDocument(new Term(IndexFields.ID, doc.id()), mapped.document());
    recent.written(mapped.report(), epoch.get());
    lastWrite.accumulateAndGet(seq, Math::max);
    discardWhenRecentIsFull();
  }

  /** Upserts and records {@code change} (the server's change sequence) as indexed, for catch-up after restart. */
  public void upsert(ComplaintDocument doc, long change) throws IOException {
    upsert(doc);
    lastChange.accumulateAndGet(change, Math::max);
  }

  /** Removes the report with this id, if any. */
  public void delete(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    long seq = writer.deleteDocuments(new Term(IndexFields.ID, id));
    recent.deleted(id, epoch.get());
    lastWrite.accumulateAndGet(seq, Math::max);
    discardWhenRecentIsFull();
  }

  public void delete(String id, long change) throws IOException {
    delete(id);
    lastChange.accumulateAndGet(change, Math::max);
  }

  /**
   * The last change sequence passed with a write, as of the last commit when the index was opened, or -1 for
   * a new index: the server re-sends every change after it.
   */
  public long lastIndexedChange() {
    return lastChange.get();
  }

  /** Persists everything written so far, with {@link #lastIndexedChange()}. */
  public void commit() throws IOException {
    writer.setLiveCommitData(commitData());
    writer.commit();
  }

  private Iterable<Map.Entry<String, String>> commitData() {
    return Map.of(IndexFields.LAST_CHANGE, Long.toString(lastChange.get()), IndexFields.FORMAT, FORMAT).entrySet();
  }

  /**
   * Replaces the whole index with {@code docs}. Searches keep seeing the old index until the new one is
   * complete; writes made meanwhile land in the new one.
   *
   * @param docs every report, e.g. streamed from the database
   * @param expected how many there are, or -1 if unknown (for progress only)
   * @param lastChange the change sequence the source is consistent with
   * @param progress told every {@link IndexSettings#progressEvery()} documents and at the end
   * @return the number of documents indexed
   */
  public long rebuild(Iterator<ComplaintDocument> docs, long expected, long lastChange, RebuildProgress progress)
      throws IOException {
    synchronized (this) {
      if (rebuilding) {
        throw new IllegalStateException("a rebuild is already running");
      }
      rebuilding = true;
    }
    long n = 0;
    try {
      writer.deleteAll();
      while (docs.hasNext()) {
        // Not kept as recent writes: the finder keeps reading the old index until this one is complete.
        ComplaintDocument doc = docs.next();
        writer.updateDocument(new Term(IndexFields.ID, doc.id()), mapper.toDocument(doc));
        if (++n % settings.progressEvery() == 0) {
          progress.progress(n, expected);
        }
      }
      this.lastChange.set(lastChange);
      commit();
      progress.progress(n, expected);
    } finally {
      rebuilding = false;
      lastWrite.incrementAndGet();
    }
    // The finder reads the old searcher plus recent writes until a refresh: show it the new index now.
    searchers.maybeRefreshBlocking();
    return n;
  }

  /** Number of reports in the index, including those not yet committed. */
  public long size() {
    try {
      IndexSearcher s = acquire();
      try {
        return s.getIndexReader().numDocs();
      } finally {
        release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A searcher that sees every write completed before this call (except during a rebuild). Release it with
   * {@link #release}. For the finders of this library and for special queries.
   */
  public IndexSearcher acquire() throws IOException {
    long needed = lastWrite.get();
    if (visible.get() < needed && !rebuilding) {
      searchers.maybeRefreshBlocking();
      visible.accumulateAndGet(needed, Math::max);
    }
    return searchers.acquire();
  }

  /**
   * The searcher as it is, with the reports written since it was opened: together they show every write completed
   * before this call. Refreshes (without blocking on another refresh) only when the recent writes have grown past
   * the settings. Release the searcher with {@link #release}.
   */
  public RecentSearcher acquireRecent() throws IOException {
    if (!rebuilding && recent.size() > 0
        && (recent.size() >= settings.recentLimit() || recent.ageNanos() >= settings.refreshInterval().toNanos())) {
      searchers.maybeRefresh();
    }
    while (true) {
      IndexSearcher s = searchers.acquire();
      Long opened = readerEpochs.get(s.getIndexReader().getReaderCacheHelper().getKey());
      Optional<RecentWrites.View> view = opened == null ? Optional.empty() : recent.after(opened);
      if (view.isPresent()) {
        return new RecentSearcher(s, view.get());
      }
      // Pruned past this searcher while we looked: a newer one shows what is gone.
      searchers.release(s);
      searchers.maybeRefreshBlocking();
    }
  }

  /** A searcher and the writes it does not show yet. */
  public record RecentSearcher(IndexSearcher searcher, RecentWrites.View recent) {}

  private void discardWhenRecentIsFull() {
    if (!rebuilding && recent.size() >= 4 * settings.recentLimit()) {
      // Bulk writes nobody asks the finder about (a catch-up, an import): keep memory bounded without a refresh per
      // batch; the next finder query refreshes first.
      recent.discard(epoch.get());
    }
  }

  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  @Override
  public void close() throws IOException {
    try (directory; writer; searchers) {
      writer.setLiveCommitData(commitData());
    }
  }
}
