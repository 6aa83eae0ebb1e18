-- The intake journal: a portal submission is acknowledged once its inbox_item row is committed (group commit, one
-- transaction for every request queued meanwhile); the case is opened from the row afterwards. The row therefore
-- carries what the receipt promised: the tracking code (unique across every channel's inbox rows, so a journaled
-- code can never be given out twice), who submitted it and the forwarding deadline computed at acceptance.
ALTER TABLE inbox_item ADD COLUMN tracking_code VARCHAR(10);
ALTER TABLE inbox_item ADD COLUMN submitted_by VARCHAR(100);
ALTER TABLE inbox_item ADD COLUMN forward_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE inbox_item ADD CONSTRAINT inbox_item_tracking_code_uk UNIQUE (tracking_code);
-- The materialiser's claim: pending rows in journal order.
CREATE INDEX inbox_item_status_idx ON inbox_item (status, id);
