-- The duplicate finder's best "likely duplicate" for a new case, found at intake, so the dispatcher's queue
-- shows it without asking the index again. A hint only: merging stays a person's decision.
ALTER TABLE pakn_case ADD COLUMN likely_duplicate_of_id BIGINT;
ALTER TABLE pakn_case ADD COLUMN likely_duplicate_of_code VARCHAR(10);
ALTER TABLE pakn_case ADD COLUMN likely_duplicate_score DOUBLE PRECISION;
