package vn.pakn.search.duplicate;

import java.util.Arrays;

/**
 * Bottom-k MinHash sketch of a feature set: the k smallest 32-bit feature hashes and the set's true size. Sets
 * no larger than k are kept whole, so short reports are compared exactly; larger ones by the standard bottom-k
 * estimate. Stored in doc values, so re-ranking reads no stored fields.
 *
 * @param size number of distinct features in the full set
 * @param hashes the smallest hashes, ascending, at most k
 */
public record Sketch(int size, int[] hashes) {
  public static final Sketch EMPTY = new Sketch(0, new int[0]);

  /** Builds the sketch of the given (possibly repeating) hashes. */
  public static Sketch of(int[] featureHashes, int count, int k) {
    int[] sorted = Arrays.copyOf(featureHashes, count);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return new Sketch(distinct, Arrays.copyOf(sorted, Math.min(distinct, k)));
  }

  /** Estimated Jaccard similarity |A∩B| / |A∪B|. */
  public double jaccard(Sketch other) {
    int[] a = hashes;
    int[] b = other.hashes;
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int k = Math.max(a.length, b.length);
    int i = 0;
    int j = 0;
    int union = 0;
    int both = 0;
    while (union < k && (i < a.length || j < b.length)) {
      if (j >= b.length || (i < a.length && a[i] < b[j])) {
        i++;
      } else if (i >= a.length || b[j] < a[i]) {
        j++;
      } else {
        both++;
        i++;
        j++;
      }
      union++;
    }
    return (double) both / union;
  }

  /** Estimated overlap |A∩B| / min(|A|, |B|): high when a short report is contained in a long one. */
  public double containment(Sketch other) {
    double j = jaccard(other);
    int min = Math.min(size, other.size);
    if (min == 0) {
      return 0;
    }
    double intersection = j / (1 + j) * (size + other.size);
    return Math.min(1, intersection / min);
  }
}
