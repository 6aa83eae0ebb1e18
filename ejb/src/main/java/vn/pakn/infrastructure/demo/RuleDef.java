package vn.pakn.infrastructure.demo;

import java.util.List;
import java.util.Objects;

/** A demo routing rule: (category, area) → lead unit and coordinating units; a null code is a wildcard. */
public record RuleDef(String categoryCode, String areaCode, String leadUnitCode, List<String> coordinatorCodes,
                      String note) {

    public RuleDef {
        Objects.requireNonNull(leadUnitCode, "leadUnitCode");
        coordinatorCodes = List.copyOf(coordinatorCodes);
    }

    /** As {@code RoutingRule.specificityFor}: 3 category+area, 2 category, 1 area, 0 catch-all, -1 no match. */
    public int specificityFor(String category, String area) {
        boolean categoryMatches = categoryCode == null || categoryCode.equals(category);
        boolean areaMatches = areaCode == null || areaCode.equals(area);
        if (!categoryMatches || !areaMatches) {
            return -1;
        }
        return (categoryCode != null ? 2 : 0) + (areaCode != null ? 1 : 0);
    }
}
