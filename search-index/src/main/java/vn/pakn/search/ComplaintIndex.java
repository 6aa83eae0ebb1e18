package vn.pakn.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.pakn.search.analysis.VietnameseAnalyzer;
import vn.pakn.search.index.DocumentMapper;
import vn.pakn.search.index.IndexFields;

/**
 * The on-disk complaint index: one Lucene document per report, written through one {@link IndexWriter} and
 * read through near-real-time searchers. Thread-safe.
 *
 * <p>Visibility: every write bumps a sequence number, and {@link #acquire()} refreshes the searcher when it is
 * behind, so a report is visible to the very next duplicate check without the caller refreshing and without
 * a refresh per write when nobody reads. Durability: {@link #commit()} (and {@link #close()}) persist the index
 * with the last change sequence passed to {@link #upsert(ComplaintDocument, long)}; after a crash the server
 * re-sends changes after {@link #lastIndexedChange()}. The index is derived data: {@link #rebuild} recreates it.
 */
public final class ComplaintIndex implements Closeable {
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final DocumentMapper mapper;
  private final IndexSettings settings;
  private final AtomicLong lastWrite = new AtomicLong();
  private final AtomicLong visible = new AtomicLong();
  private final AtomicLong lastChange;
  private volatile boolean rebuilding;

  private ComplaintIndex(Directory directory, IndexSettings settings) throws IOException {
    this.directory = directory;
    this.settings = settings;
    IndexWriterConfig config = new IndexWriterConfig(new VietnameseAnalyzer(VietnameseAnalyzer.Options.SEARCH))
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(settings.ramBufferMb())
        .setCommitOnClose(true);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    this.mapper = new DocumentMapper(settings.zone());
    String last = committedData().get(IndexFields.LAST_CHANGE);
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
    long seq = writer.updateDocument(new Term(IndexFields.ID, doc.id()), mapper.toDocument(doc));
    lastWrite.accumulateAndGet(seq, Math::max);
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
    lastWrite.accumulateAndGet(seq, Math::max);
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
    writer.setLiveCommitData(Map.of(IndexFields.LAST_CHANGE, Long.toString(lastChange.get())).entrySet());
    writer.commit();
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
    try {
      writer.deleteAll();
      long n = 0;
      while (docs.hasNext()) {
        upsert(docs.next());
        if (++n % settings.progressEvery() == 0) {
          progress.progress(n, expected);
        }
      }
      this.lastChange.set(lastChange);
      commit();
      progress.progress(n, expected);
      return n;
    } finally {
      rebuilding = false;
      lastWrite.incrementAndGet();
    }
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

  public void release(IndexSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  @Override
  public void close() throws IOException {
    try (directory; writer; searchers) {
      writer.setLiveCommitData(Map.of(IndexFields.LAST_CHANGE, Long.toString(lastChange.get())).entrySet());
    }
  }
}
