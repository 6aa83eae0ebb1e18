package vn.pakn.search.duplicate;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import vn.pakn.search.index.RecentReport;

/**
 * The new report's distinct similarity terms with their inverse document frequency, to measure how much of the
 * report's <em>rare</em> vocabulary (street names, house numbers, the specific problem) an earlier report
 * shares. Plain overlap treats "đường" like "Hàm Nghi"; this does not. A term no indexed report contains
 * gets the highest weight: it is what makes the new report different from all of them.
 */
public final class WeightedTerms {
  /**
   * How many rare terms' worth of weight a report needs before its containment counts fully: "mất điện" is
   * contained in every power-cut report and proves nothing alone.
   */
  public static final double DEFAULT_MIN_RARE_TERMS = 2.5;

  /** Most terms of a report weighed; beyond this a pasted document adds noise, not evidence. */
  public static final int DEFAULT_MAX_TERMS = 256;
  /** Weight of a term no report contains, as a share of the weight of a term one report contains. */
  public static final double UNSEEN_SHARE = 0.1;

  private final java.util.List<String> rarest;
  private final int[] hashes;
  private final double[] weights;
  private final double total;
  private final int[] allHashes;
  private final double fullEvidence;

  private WeightedTerms(java.util.List<String> rarest, int[] hashes, double[] weights, int[] allHashes, int docs) {
    this.rarest = rarest;
    this.hashes = hashes;
    this.weights = weights;
    this.allHashes = allHashes;
    this.fullEvidence = DEFAULT_MIN_RARE_TERMS * Math.log(1 + docs);
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    this.total = sum;
  }

  /**
   * @param maxTerms most terms weighed (in text order)
   * @param retrievalTerms how many of the rarest indexed terms to keep for retrieval
   */
  public static WeightedTerms of(ReportFeatures f, IndexReader reader, DocFreqCache dfs, int maxTerms,
      int retrievalTerms) throws IOException {
    return of(f, reader, dfs, maxTerms, retrievalTerms, List.of());
  }

  /**
   * As {@link #of(ReportFeatures, IndexReader, DocFreqCache, int, int)}, counting also the reports written since
   * the reader was opened, as a refreshed reader would.
   */
  public static WeightedTerms of(ReportFeatures f, IndexReader reader, DocFreqCache dfs, int maxTerms,
      int retrievalTerms, List<RecentReport> recent) throws IOException {
    Set<String> distinct = new LinkedHashSet<>(f.terms());
    String[] terms = distinct.stream().limit(maxTerms).toArray(String[]::new);
    int n = terms.length;
    int docs = Math.max(1, reader.numDocs() + recent.size());
    long[] packed = new long[n];
    double[] idf = new double[n];
    int[] df = new int[n];
    for (int i = 0; i < n; i++) {
      df[i] = dfs.docFreq(reader, terms[i]);
      for (RecentReport r : recent) {
        if (r.termFreqs().containsKey(terms[i])) {
          df[i]++;
        }
      }
      packed[i] = ((long) ReportFeatures.hash(terms[i]) << 32) | i;
      // an unseen term is often a typo or a filler word: it counts, but little
      idf[i] = df[i] == 0 ? UNSEEN_SHARE * idf(docs, 1) : idf(docs, df[i]);
    }
    // sort by hash so a candidate's bottom-k sketch can be probed over the same hash range
    Arrays.sort(packed);
    int[] hashes = new int[n];
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      hashes[i] = (int) (packed[i] >> 32);
      weights[i] = idf[(int) packed[i]];
    }
    int[] all = distinct.stream().mapToInt(ReportFeatures::hash).sorted().toArray();
    return new WeightedTerms(rarest(terms, df, idf, retrievalTerms), hashes, weights, all, docs);
  }

  /** The {@code k} terms with the highest IDF among those some report contains, rarest first. */
  private static java.util.List<String> rarest(String[] terms, int[] df, double[] idf, int k) {
    return java.util.stream.IntStream.range(0, terms.length)
        .filter(i -> df[i] > 0)
        .boxed()
        .sorted((a, b) -> Double.compare(idf[b], idf[a]))
        .limit(k)
        .map(i -> terms[i])
        .toList();
  }

  /** Terms to retrieve candidates with: the rarest ones the index knows. */
  public java.util.List<String> retrievalTerms() {
    return rarest;
  }

  private static double idf(int docs, int df) {
    return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  }

  /**
   * Share of this report's IDF weight found in {@code other}. When the sketch holds only the smallest hashes of
   * a long report, only terms in that hash range are compared (an unbiased sample of the terms).
   */
  double containedIn(Sketch other) {
    int[] sketch = other.hashes();
    if (sketch.length == 0 || total == 0) {
      return 0;
    }
    boolean complete = other.size() == sketch.length;
    int limit = complete ? Integer.MAX_VALUE : sketch[sketch.length - 1];
    double seen = 0;
    double shared = 0;
    for (int i = 0; i < hashes.length && hashes[i] <= limit; i++) {
      seen += weights[i];
      if (Arrays.binarySearch(sketch, hashes[i]) >= 0) {
        shared += weights[i];
      }
    }
    return seen == 0 ? 0 : shared / seen * Math.min(1, total / fullEvidence);
  }

  /** Whether the new report has a term (syllable or bigram) with this hash. */
  boolean hasTerm(int hash) {
    return Arrays.binarySearch(allHashes, hash) >= 0;
  }
}
