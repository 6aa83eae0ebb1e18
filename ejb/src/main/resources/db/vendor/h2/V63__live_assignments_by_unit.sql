-- H2 (the embedded default) has no partial indexes: the same columns, every assignment. The PostgreSQL version
-- (db/vendor/postgresql) keeps only the live ones, which is what makes the unit staff's lists fast at scale.
CREATE INDEX assignment_live_unit_case_idx ON assignment (unit_id, case_id);
