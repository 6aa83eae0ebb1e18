package vn.pakn.search;

import java.util.List;
import java.util.Objects;

/**
 * A case that the new report may duplicate.
 *
 * @param caseId the case
 * @param score in [0, 1]; higher is more likely the same event
 * @param band {@link DuplicateBand#LIKELY} or {@link DuplicateBand#POSSIBLE}
 * @param reasons contributions to the score, largest first
 */
public record DuplicateCandidate(String caseId, double score, DuplicateBand band, List<DuplicateReason> reasons) {
  public DuplicateCandidate {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(band, "band");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0,1], got " + score);
    }
    reasons = List.copyOf(reasons);
  }
}
