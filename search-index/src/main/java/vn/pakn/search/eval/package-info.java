/**
 * Evaluation harness of the search library: {@link vn.pakn.search.eval.EvalMain} (the
 * {@code pakn-search-eval.jar} commands {@code eval}, {@code route-eval}, {@code generate}) replays a
 * labelled JSONL file of reports in time order through the duplicate finder or the routing suggester,
 * and optionally through a PostgreSQL {@code pg_trgm} baseline, and prints the metrics as one JSON
 * line; {@link vn.pakn.search.eval.ReportGenerator} streams realistic synthetic reports for the
 * benchmarks. The labelled set and the definitions of the metrics are in {@code eval-data/README.md}.
 * Nothing here is used by the server.
 */
package vn.pakn.search.eval;
