package vn.pakn.search;

import java.time.Instant;
import java.util.Set;

/**
 * A staff full-text search. Empty filter sets and null bounds mean "any".
 *
 * @param text words to find, accented or not; blank lists every report matching the filters, newest first
 * @param categories, units, states, areas keyword filters (any of the values)
 * @param from inclusive lower bound of the received time, or null
 * @param to exclusive upper bound of the received time, or null
 * @param offset hits to skip (paging)
 * @param limit hits to return, at most {@link #MAX_LIMIT}
 */
public record StaffSearchQuery(String text, Set<String> categories, Set<String> units, Set<String> states,
    Set<String> areas, Instant from, Instant to, int offset, int limit) {
  /** A page larger than this is a report export, not a search. */
  public static final int MAX_LIMIT = 200;

  public StaffSearchQuery {
    text = text == null ? "" : text;
    categories = categories == null ? Set.of() : Set.copyOf(categories);
    units = units == null ? Set.of() : Set.copyOf(units);
    states = states == null ? Set.of() : Set.copyOf(states);
    areas = areas == null ? Set.of() : Set.copyOf(areas);
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("need offset >= 0 and 1 <= limit <= " + MAX_LIMIT + ", got offset="
          + offset + " limit=" + limit);
    }
  }

  /** Text only, first 20 hits. */
  public static StaffSearchQuery of(String text) {
    return new StaffSearchQuery(text, null, null, null, null, null, null, 0, 20);
  }
}
