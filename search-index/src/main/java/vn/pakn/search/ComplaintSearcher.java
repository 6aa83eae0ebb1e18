package vn.pakn.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import vn.pakn.search.search.Facets;
import vn.pakn.search.search.SearchQueries;
import vn.pakn.search.search.Snippets;

/**
 * Staff full-text search with filters, facets and highlighted snippets, and the public search over published
 * answers. Thread-safe.
 */
public final class ComplaintSearcher {
  /** Public pages are small; deep paging there is scraping. */
  public static final int MAX_PUBLIC_LIMIT = 50;

  private final ComplaintIndex index;

  public ComplaintSearcher(ComplaintIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  public SearchResult search(StaffSearchQuery q) throws IOException {
    Objects.requireNonNull(q, "q");
    IndexSearcher searcher = index.acquire();
    try {
      Query query = SearchQueries.staff(q, index.settings());
      Facets.Collected collected = Facets.search(searcher, query, q.offset() + q.limit(), q.text().isBlank());
      ScoreDoc[] page = page(collected.top(), q.offset());
      List<SearchHit> hits = new ArrayList<>(page.length);
      String[] snippets = Snippets.staff(searcher, query, page);
      for (int i = 0; i < page.length; i++) {
        hits.add(Snippets.hit(searcher, page[i], snippets[i]));
      }
      return new SearchResult(collected.top().totalHits.value, hits, collected.counts());
    } finally {
      index.release(searcher);
    }
  }

  /** Published answers matching {@code text}, best first. Never touches report text or personal data. */
  public List<PublishedAnswer> searchPublished(String text, int offset, int limit) throws IOException {
    if (offset < 0 || limit < 1 || limit > MAX_PUBLIC_LIMIT) {
      throw new IllegalArgumentException("need offset >= 0 and 1 <= limit <= " + MAX_PUBLIC_LIMIT + ", got offset="
          + offset + " limit=" + limit);
    }
    IndexSearcher searcher = index.acquire();
    try {
      Query query = SearchQueries.published(text);
      ScoreDoc[] page = page(searcher.search(query, offset + limit), offset);
      String[] snippets = Snippets.answers(searcher, query, page);
      List<PublishedAnswer> out = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        out.add(Snippets.answer(searcher, page[i], snippets[i]));
      }
      return out;
    } finally {
      index.release(searcher);
    }
  }

  private static ScoreDoc[] page(TopDocs top, int offset) {
    ScoreDoc[] all = top.scoreDocs;
    if (offset >= all.length) {
      return new ScoreDoc[0];
    }
    ScoreDoc[] page = new ScoreDoc[all.length - offset];
    System.arraycopy(all, offset, page, 0, page.length);
    return page;
  }
}
