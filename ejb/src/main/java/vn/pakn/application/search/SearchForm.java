package vn.pakn.application.search;

import java.time.Instant;
import java.util.Set;

/**
 * A staff search as asked: words (accented or not), any-of filters by code or state name, a received-time
 * period [from, to) and a page. Empty sets and null bounds mean "any".
 */
public record SearchForm(String text, Set<String> categories, Set<String> units, Set<String> states, Set<String> areas,
                         Instant from, Instant to, int offset, int limit) {

    public SearchForm {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        units = units == null ? Set.of() : Set.copyOf(units);
        states = states == null ? Set.of() : Set.copyOf(states);
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }
}
