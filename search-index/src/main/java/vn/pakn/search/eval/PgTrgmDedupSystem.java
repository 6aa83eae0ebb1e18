package vn.pakn.search.eval;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline a team would build without Lucene: PostgreSQL {@code pg_trgm} trigram similarity over
 * the lower-cased, accent-folded ({@code unaccent}, when the extension is there) title and text of the
 * reports received in the last {@link #DEFAULT_WINDOW}, with a GIN trigram index and the {@code %}
 * operator at pg_trgm's default threshold. One answer per case, by its most similar report. The
 * settings are pg_trgm's defaults and round numbers chosen before looking at any result, not tuned.
 */
final class PgTrgmDedupSystem implements DedupSystem {

  /** How far back a report is compared. */
  static final Duration DEFAULT_WINDOW = Duration.ofDays(7);
  /** pg_trgm's own default for {@code %} ({@code pg_trgm.similarity_threshold}). */
  static final double DEFAULT_CANDIDATE_THRESHOLD = 0.3;
  /** Similarity from which a candidate is in the LIKELY band. */
  static final double DEFAULT_LIKELY_THRESHOLD = 0.5;

  private final Connection db;
  private final boolean unaccent;
  private final PreparedStatement insert;
  private final PreparedStatement select;

  PgTrgmDedupSystem(Connection db) throws SQLException {
    this.db = db;
    try (Statement s = db.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      s.execute("SET pg_trgm.similarity_threshold = " + DEFAULT_CANDIDATE_THRESHOLD);
      s.execute("DROP TABLE IF EXISTS eval_report");
      s.execute("CREATE TABLE eval_report (id text PRIMARY KEY, case_id text NOT NULL, doc text NOT NULL,"
          + " received_at timestamptz NOT NULL)");
      s.execute("CREATE INDEX eval_report_doc ON eval_report USING gin (doc gin_trgm_ops)");
      s.execute("CREATE INDEX eval_report_time ON eval_report (received_at)");
    }
    this.unaccent = tryUnaccent(db);
    String fold = unaccent ? "lower(unaccent(?))" : "lower(?)";
    this.insert = db.prepareStatement("INSERT INTO eval_report (id, case_id, doc, received_at) VALUES (?, ?, "
        + fold + ", ?) ON CONFLICT (id) DO UPDATE SET case_id = EXCLUDED.case_id, doc = EXCLUDED.doc,"
        + " received_at = EXCLUDED.received_at");
    this.select = db.prepareStatement("WITH q AS (SELECT " + fold + " AS t)"
        + " SELECT r.case_id, max(similarity(r.doc, q.t)) AS s FROM eval_report r, q"
        + " WHERE r.doc % q.t AND r.received_at >= ? AND r.received_at <= ?"
        + " GROUP BY r.case_id ORDER BY s DESC, r.case_id LIMIT ?");
  }

  private static boolean tryUnaccent(Connection db) {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  boolean usesUnaccent() {
    return unaccent;
  }

  @Override
  public String name() {
    return "pg_trgm";
  }

  @Override
  public List<Suggestion> find(EvalReport r, int max) throws IOException {
    try {
      select.setString(1, doc(r));
      select.setTimestamp(2, Timestamp.from(r.receivedAt().minus(DEFAULT_WINDOW)));
      select.setTimestamp(3, Timestamp.from(r.receivedAt()));
      select.setInt(4, max);
      List<Suggestion> out = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          double s = rs.getDouble(2);
          out.add(new Suggestion(rs.getString(1), s, s >= DEFAULT_LIKELY_THRESHOLD));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IOException("pg_trgm query failed for report " + r.id(), e);
    }
  }

  @Override
  public void add(EvalReport r, String caseId) throws IOException {
    try {
      insert.setString(1, r.id());
      insert.setString(2, caseId);
      insert.setString(3, doc(r));
      insert.setTimestamp(4, Timestamp.from(r.receivedAt()));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IOException("pg_trgm insert failed for report " + r.id(), e);
    }
  }

  /** Title and text, NFC as the server's intake stores them. */
  private static String doc(EvalReport r) {
    String t = r.title() == null ? r.text() : r.title() + " " + r.text();
    return Normalizer.normalize(t, Normalizer.Form.NFC);
  }

  @Override
  public void close() throws IOException {
    try {
      insert.close();
      select.close();
    } catch (SQLException e) {
      throw new IOException("closing pg_trgm statements failed", e);
    }
  }
}
