package vn.pakn.search;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Settings of a {@link ComplaintIndex}.
 *
 * @param ramBufferMb indexing buffer before a segment is flushed, see {@link #DEFAULT_RAM_BUFFER_MB}
 * @param zone zone of the period (month) facet, see {@link #DEFAULT_ZONE}
 * @param progressEvery how many documents between rebuild progress calls, see {@link #DEFAULT_PROGRESS_EVERY}
 */
public record IndexSettings(double ramBufferMb, ZoneId zone, int progressEvery) {
  /** Large enough that bulk rebuilds flush rarely, small next to a server heap. */
  public static final double DEFAULT_RAM_BUFFER_MB = 64;
  /** Reports are counted per month as the province sees the calendar. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  /** A progress bar updated every thousand reports is smooth and cheap. */
  public static final int DEFAULT_PROGRESS_EVERY = 1000;

  public IndexSettings {
    if (!(ramBufferMb > 0)) {
      throw new IllegalArgumentException("ramBufferMb must be positive, got " + ramBufferMb);
    }
    Objects.requireNonNull(zone, "zone");
    if (progressEvery < 1) {
      throw new IllegalArgumentException("progressEvery must be at least 1, got " + progressEvery);
    }
  }

  public static IndexSettings defaults() {
    return new IndexSettings(DEFAULT_RAM_BUFFER_MB, DEFAULT_ZONE, DEFAULT_PROGRESS_EVERY);
  }
}
