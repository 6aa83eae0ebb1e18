package vn.pakn.search.eval;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A duplicate detector under evaluation: the Lucene {@code DuplicateFinder} or a baseline. The replay
 * asks {@link #find} before it calls {@link #add} for the same report, so a system only ever sees the
 * past.
 */
interface DedupSystem extends Closeable {

  /** Short name used as the JSON key prefix, e.g. {@code "pg_trgm"}. */
  String name();

  /** Ranked candidate cases for a new report, best first, at most {@code max}. */
  List<Suggestion> find(EvalReport report, int max) throws IOException;

  /** Makes the report visible to the next {@link #find}, as a member of case {@code caseId}. */
  void add(EvalReport report, String caseId) throws IOException;

  /**
   * One candidate case.
   *
   * @param caseId the case (id of the case's first report)
   * @param score  the system's score, higher is more similar
   * @param likely whether the system puts it in its "likely duplicate" band
   */
  record Suggestion(String caseId, double score, boolean likely) {
  }
}
