/**
 * Public API of the PAKN search library: the complaint index ({@link vn.pakn.search.ComplaintIndex}), the
 * duplicate finder ({@link vn.pakn.search.DuplicateFinder}), staff and public search
 * ({@link vn.pakn.search.ComplaintSearcher}) and routing suggestions ({@link vn.pakn.search.RoutingSuggester}),
 * with their immutable value records and settings. Sub-packages are internal.
 */
package vn.pakn.search;
