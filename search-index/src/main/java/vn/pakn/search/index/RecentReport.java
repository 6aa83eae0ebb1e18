package vn.pakn.search.index;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report written since the searcher was opened, with what retrieval needs to score it as Lucene would: its
 * similarity terms' frequencies and the field's length.
 *
 * @param report the report as the duplicate finder reads it back
 * @param termFreqs frequency of each similarity term ({@link IndexFields#FOLDED})
 * @param length number of similarity terms, the field length BM25 normalises by
 */
public record RecentReport(IndexedReport report, Map<String, Integer> termFreqs, int length) {

  static RecentReport of(IndexedReport report, List<String> terms) {
    Map<String, Integer> tf = new HashMap<>((int) (terms.size() / 0.75f) + 1);
    for (String t : terms) {
      tf.merge(t, 1, Integer::sum);
    }
    return new RecentReport(report, Collections.unmodifiableMap(tf), terms.size());
  }
}
