/**
 * Duplicate detection: per-report features (folded terms, MinHash sketches, problem topics, place names), the
 * candidate query, IDF weights and the explainable logistic scorer.
 */
package vn.pakn.search.duplicate;
