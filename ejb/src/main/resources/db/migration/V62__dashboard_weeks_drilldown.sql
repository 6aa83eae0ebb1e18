-- Leaders' dashboard at a million cases (issue 6), second step.
--
-- case_stat_week: the figures of case_stat_day summed per week (stat_week = its Monday) and holding unit, rewritten
-- from case_stat_day whenever one of its days is. The week trend over a year read 90,000 daily rows (about 100 ms in
-- PostgreSQL); whole weeks now come from some 1,400 rows and only the days at either end of the period from the
-- daily rows. Only the unit is kept: the trend groups by week, and the unit is what a unit leader's scope needs.
-- Filled by the server's background rebuild, which this migration asks for (as V53 did): until it is done the
-- statistics are computed from the cases.
CREATE TABLE case_stat_week (
    stat_week         DATE NOT NULL,
    unit_id           BIGINT,
    received          BIGINT NOT NULL,
    reports           BIGINT NOT NULL,
    answered          BIGINT NOT NULL,
    answered_on_time  BIGINT NOT NULL,
    returned          BIGINT NOT NULL,
    reopened          BIGINT NOT NULL,
    answer_days       DOUBLE PRECISION NOT NULL,
    rating_sum        BIGINT NOT NULL,
    ratings           BIGINT NOT NULL
);
CREATE INDEX case_stat_week_week_idx ON case_stat_week (stat_week, unit_id);
UPDATE case_stat_state SET built_until = NULL, calendar_key = NULL WHERE id = 1;

-- The dashboard's drill-down: the cases of one lead unit, category or channel received in a period, newest first.
-- With these the page of 20 and the count (up to its cap) are index range scans instead of a pass over the period.
CREATE INDEX pakn_case_lead_received_idx ON pakn_case (lead_unit_id, received_at, id);
CREATE INDEX pakn_case_category_received_idx ON pakn_case (category_id, received_at, id);
CREATE INDEX pakn_case_channel_received_idx ON pakn_case (channel, received_at, id);
