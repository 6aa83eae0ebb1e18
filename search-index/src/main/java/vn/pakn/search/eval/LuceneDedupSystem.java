package vn.pakn.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.pakn.search.ComplaintDocument;
import vn.pakn.search.ComplaintIndex;
import vn.pakn.search.DuplicateBand;
import vn.pakn.search.DuplicateCandidate;
import vn.pakn.search.DuplicateFinder;
import vn.pakn.search.DuplicateQuery;

/** The product: {@link DuplicateFinder} over a fresh {@link ComplaintIndex} in a temporary directory. */
final class LuceneDedupSystem implements DedupSystem {

  private final Path dir;
  private final ComplaintIndex index;
  private final DuplicateFinder finder;

  private LuceneDedupSystem(Path dir, ComplaintIndex index) {
    this.dir = dir;
    this.index = index;
    this.finder = new DuplicateFinder(index);
  }

  static LuceneDedupSystem openTemporary() throws IOException {
    Path dir = Files.createTempDirectory("pakn-eval-index");
    try {
      return new LuceneDedupSystem(dir, ComplaintIndex.open(dir));
    } catch (IOException | RuntimeException e) {
      PgServer.deleteTree(dir);
      throw e;
    }
  }

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public List<Suggestion> find(EvalReport r, int max) throws IOException {
    List<DuplicateCandidate> found = finder.find(query(r), max);
    List<Suggestion> out = new ArrayList<>(found.size());
    for (DuplicateCandidate c : found) {
      out.add(new Suggestion(c.caseId(), c.score(), c.band() == DuplicateBand.LIKELY));
    }
    return out;
  }

  @Override
  public void add(EvalReport r, String caseId) throws IOException {
    index.upsert(document(r, caseId, null));
  }

  static DuplicateQuery query(EvalReport r) {
    return new DuplicateQuery(r.text(), r.title(), r.receivedAt(), r.phoneHash(), r.lat(), r.lon(), r.area(),
        r.category());
  }

  static ComplaintDocument document(EvalReport r, String caseId, String unit) {
    return new ComplaintDocument(r.id(), caseId, r.title(), r.text(), r.category(), r.area(), unit,
        unit == null ? "RECEIVED" : "ASSIGNED", r.receivedAt(), r.phoneHash(), r.lat(), r.lon(), false, null);
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      PgServer.deleteTree(dir);
    }
  }
}
