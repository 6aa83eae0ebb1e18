/**
 * Use cases over the complaint index: staff full-text search scoped like the case lists, the public search of
 * published answers, duplicate hints for a report being typed, routing suggestions for dispatchers, and the
 * administrator's index rebuild. The database stays the truth: index hits are re-checked against it before
 * anyone sees them.
 */
package vn.pakn.application.search;
