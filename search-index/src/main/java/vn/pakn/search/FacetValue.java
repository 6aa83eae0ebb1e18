package vn.pakn.search;

/** A facet value with the number of matching reports. */
public record FacetValue(String value, long count) {}
