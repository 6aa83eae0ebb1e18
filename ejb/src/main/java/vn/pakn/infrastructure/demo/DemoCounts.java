package vn.pakn.infrastructure.demo;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.pakn.domain.model.cases.CaseState;

/** What a demo load wrote: counts only, never personal data, so it may go to the log. */
public record DemoCounts(int units, int areas, int categories, int rules, int calendarDays, int users, int cases,
                         int reports, int events, int ratings, Map<CaseState, Integer> casesByState) {

    public DemoCounts {
        casesByState = Map.copyOf(casesByState);
    }

    public DemoCounts withCases(int cases, int reports, int events, int ratings, Map<CaseState, Integer> byState) {
        return new DemoCounts(units, areas, categories, rules, calendarDays, users, cases, reports, events, ratings, byState);
    }

    @Override
    public String toString() {
        String states = new TreeMap<>(casesByState).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return units + " units, " + areas + " areas, " + categories + " categories, " + rules + " routing rules, "
                + calendarDays + " calendar days, " + users + " users, " + cases + " cases (" + states + "), "
                + reports + " reports, " + events + " case events, " + ratings + " ratings";
    }
}
