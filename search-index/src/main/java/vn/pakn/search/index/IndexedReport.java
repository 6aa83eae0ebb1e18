package vn.pakn.search.index;

import vn.pakn.search.duplicate.FingerprintCodec.Fingerprint;

/**
 * The doc-value side of one indexed report, as re-ranking and routing need it (no stored fields read).
 *
 * @param doc Lucene doc id within the searcher it was read from, -1 for a report not yet visible to a searcher
 * @param score retrieval score
 */
public record IndexedReport(int doc, float score, String id, String caseId, long receivedMillis, String phoneHash,
    String category, String area, String unit, Double lat, Double lon, Fingerprint fingerprint) {

  public boolean hasLocation() {
    return lat != null;
  }
}
