package vn.pakn.search;

/** Receives progress of {@link ComplaintIndex#rebuild}. Called on the rebuilding thread; keep it quick. */
@FunctionalInterface
public interface RebuildProgress {
  /**
   * @param indexed documents indexed so far
   * @param expected documents expected in total, or -1 when unknown
   */
  void progress(long indexed, long expected);

  RebuildProgress NONE = (indexed, expected) -> {};
}
