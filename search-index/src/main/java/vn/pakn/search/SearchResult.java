package vn.pakn.search;

import java.util.List;
import java.util.Map;

/**
 * A page of staff search results.
 *
 * @param total number of matching reports
 * @param facets counts per value for {@link #CATEGORY}, {@link #UNIT}, {@link #STATE} and {@link #PERIOD}
 *     (month "yyyy-MM"), over all matching reports, largest first
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets) {
  public static final String CATEGORY = "category";
  public static final String UNIT = "unit";
  public static final String STATE = "state";
  public static final String PERIOD = "period";

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
