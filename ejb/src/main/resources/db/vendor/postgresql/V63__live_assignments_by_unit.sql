-- The case lists of unit staff keep the cases on which a unit of their subtree has a live (not cancelled) assignment.
-- Filtered by category or channel, PostgreSQL tests that for up to 10,001 counted cases at once by hashing the
-- subtree's live assignments (about 190,000 for the water company at 1,000,000 cases): read from this index alone,
-- not from the table's pages (EXPLAIN ANALYZE at 1,000,000 cases: 1,053 ms of bitmap heap scan, 17,239 pages ->
-- an index-only scan); the page of 20 probes it per case the same way.
CREATE INDEX assignment_live_unit_case_idx ON assignment (unit_id, case_id) WHERE state <> 'CANCELLED';
