package vn.pakn.search.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import vn.pakn.search.FacetValue;
import vn.pakn.search.SearchResult;
import vn.pakn.search.index.IndexFields;

/** Runs a search once for both the top hits and the facet counts (category, unit, state, month). */
public final class Facets {
  /** Values per facet: a dispatcher scans a dozen, not a hundred. */
  public static final int DEFAULT_FACET_SIZE = 15;

  private static final Map<String, String> DIMENSIONS = Map.of(
      SearchResult.CATEGORY, IndexFields.CATEGORY,
      SearchResult.UNIT, IndexFields.UNIT,
      SearchResult.STATE, IndexFields.STATE,
      SearchResult.PERIOD, IndexFields.MONTH);

  private Facets() {}

  /** Top hits and facet counts. */
  public record Collected(TopDocs top, Map<String, List<FacetValue>> counts) {}

  /**
   * @param newestFirst sort by received time instead of relevance (for a search without words)
   */
  public static Collected search(IndexSearcher searcher, Query query, int n, boolean newestFirst)
      throws IOException {
    FacetsCollectorManager.FacetsResult r = newestFirst
        ? FacetsCollectorManager.search(searcher, query, n,
            new Sort(new SortField(IndexFields.RECEIVED, SortField.Type.LONG, true)), new FacetsCollectorManager())
        : FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
    Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
    for (String dim : List.of(SearchResult.CATEGORY, SearchResult.UNIT, SearchResult.STATE, SearchResult.PERIOD)) {
      counts.put(dim, count(searcher.getIndexReader(), DIMENSIONS.get(dim), r.facetsCollector()));
    }
    return new Collected(r.topDocs(), counts);
  }

  private static List<FacetValue> count(IndexReader reader, String field, FacetsCollector fc) throws IOException {
    FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field);
    if (info == null || info.getDocValuesType() == org.apache.lucene.index.DocValuesType.NONE) {
      return List.of();
    }
    StringValueFacetCounts counts = new StringValueFacetCounts(new StringDocValuesReaderState(reader, field), fc);
    FacetResult top = counts.getTopChildren(DEFAULT_FACET_SIZE, field);
    List<FacetValue> out = new ArrayList<>();
    if (top != null) {
      for (LabelAndValue lv : top.labelValues) {
        if (!IndexFields.NO_VALUE.equals(lv.label)) {
          out.add(new FacetValue(lv.label, lv.value.longValue()));
        }
      }
    }
    return out;
  }
}
