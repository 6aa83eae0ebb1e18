package vn.pakn.search.duplicate;

import java.nio.ByteBuffer;
import org.apache.lucene.util.BytesRef;

/** Packs the comparable part of {@link ReportFeatures} into doc-value bytes and back. */
public final class FingerprintCodec {
  private FingerprintCodec() {}

  /** Stored form: topics, each sketch as size, length and hashes, then the place hashes with their count. */
  public static BytesRef encode(ReportFeatures f) {
    ByteBuffer buf = ByteBuffer.allocate(8 + 20
        + 4 * (f.words().hashes().length + f.trigrams().hashes().length + f.places().length));
    buf.putLong(f.topics());
    put(buf, f.words());
    put(buf, f.trigrams());
    buf.putInt(f.places().length);
    for (int h : f.places()) {
      buf.putInt(h);
    }
    return new BytesRef(buf.array(), 0, buf.position());
  }

  private static void put(ByteBuffer buf, Sketch s) {
    buf.putInt(s.size()).putInt(s.hashes().length);
    for (int h : s.hashes()) {
      buf.putInt(h);
    }
  }

  /** Decodes what {@link #encode} wrote. */
  public static Fingerprint decode(BytesRef bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
    long topics = buf.getLong();
    Sketch words = get(buf);
    Sketch trigrams = get(buf);
    int[] places = new int[buf.getInt()];
    for (int i = 0; i < places.length; i++) {
      places[i] = buf.getInt();
    }
    return new Fingerprint(words, trigrams, topics, places);
  }

  private static Sketch get(ByteBuffer buf) {
    int size = buf.getInt();
    int[] hashes = new int[buf.getInt()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = buf.getInt();
    }
    return new Sketch(size, hashes);
  }

  /** The comparable part of a report's features. */
  public record Fingerprint(Sketch words, Sketch trigrams, long topics, int[] places) {}
}
