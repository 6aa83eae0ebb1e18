/**
 * The Lucene document of a report: field names, the mapping from {@link vn.pakn.search.ComplaintDocument}, and
 * the doc-value reader that re-ranking and routing use instead of stored fields.
 */
package vn.pakn.search.index;
