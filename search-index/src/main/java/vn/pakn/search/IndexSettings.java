package vn.pakn.search;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Settings of a {@link ComplaintIndex}.
 *
 * @param ramBufferMb indexing buffer before a segment is flushed, see {@link #DEFAULT_RAM_BUFFER_MB}
 * @param zone zone of the period (month) facet, see {@link #DEFAULT_ZONE}
 * @param progressEvery how many documents between rebuild progress calls, see {@link #DEFAULT_PROGRESS_EVERY}
 * @param recentLimit writes the duplicate finder reads from memory before the searcher is refreshed, see
 *     {@link #DEFAULT_RECENT_LIMIT}
 * @param refreshInterval how old the oldest such write may get before a refresh, see {@link #DEFAULT_REFRESH_INTERVAL}
 */
public record IndexSettings(double ramBufferMb, ZoneId zone, int progressEvery, int recentLimit,
    Duration refreshInterval) {
  /** Large enough that bulk rebuilds flush rarely, small next to a server heap. */
  public static final double DEFAULT_RAM_BUFFER_MB = 64;
  /** Reports are counted per month as the province sees the calendar. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  /** A progress bar updated every thousand reports is smooth and cheap. */
  public static final int DEFAULT_PROGRESS_EVERY = 1000;
  /**
   * Scoring a few hundred recent reports directly costs well under a millisecond, while refreshing the searcher
   * for each of them flushed a one-document segment per report (and merged them again).
   */
  public static final int DEFAULT_RECENT_LIMIT = 256;
  /** About one new segment per second under load instead of one per report. */
  public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofSeconds(1);

  public IndexSettings {
    if (!(ramBufferMb > 0)) {
      throw new IllegalArgumentException("ramBufferMb must be positive, got " + ramBufferMb);
    }
    Objects.requireNonNull(zone, "zone");
    if (progressEvery < 1) {
      throw new IllegalArgumentException("progressEvery must be at least 1, got " + progressEvery);
    }
    if (recentLimit < 1) {
      throw new IllegalArgumentException("recentLimit must be at least 1, got " + recentLimit);
    }
    Objects.requireNonNull(refreshInterval, "refreshInterval");
    if (refreshInterval.isNegative()) {
      throw new IllegalArgumentException("refreshInterval must not be negative, got " + refreshInterval);
    }
  }

  public IndexSettings(double ramBufferMb, ZoneId zone, int progressEvery) {
    this(ramBufferMb, zone, progressEvery, DEFAULT_RECENT_LIMIT, DEFAULT_REFRESH_INTERVAL);
  }

  public static IndexSettings defaults() {
    return new IndexSettings(DEFAULT_RAM_BUFFER_MB, DEFAULT_ZONE, DEFAULT_PROGRESS_EVERY);
  }
}
