-- Leaders' dashboard (issue 6): the statistics of the cases received each day, kept per day so that a dashboard
-- over a year reads some tens of thousands of rows instead of half a million cases.
--
-- case_stat_day holds, per day of receipt (Vietnam time), holding unit, category and channel, the additive figures
-- of vn.pakn.application.statistics.StatisticsCalculator: received, reports, answered, answered on time, returned
-- (under the unit that returned), reopened, the sum of answer times in working days and the ratings. "Overdue now"
-- changes with the clock, not with the cases, and is counted live. A day's rows are recomputed from the cases,
-- with the same code as before, whenever one of its cases changed: pakn_case.stats_touched_at is set on every
-- insert and update of a case (JPA callbacks), ratings carry rated_at; case_stat_seen and rating_stat_seen hold
-- the stamps already counted, so a change is recomputed once, not at every read while it is recent.
-- case_stat_state says up to when the rows are built; NULL (as this migration leaves it) makes the server rebuild them all at start-up, in the background,
-- during which the statistics are computed from the cases directly, as before.
ALTER TABLE pakn_case ADD COLUMN stats_touched_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX pakn_case_stats_touched_idx ON pakn_case (stats_touched_at);
CREATE INDEX rating_rated_idx ON rating (rated_at);

CREATE TABLE case_stat_day (
    stat_day          DATE NOT NULL,
    unit_id           BIGINT,
    category_id       BIGINT,
    channel           VARCHAR(20) NOT NULL,
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
CREATE INDEX case_stat_day_day_idx ON case_stat_day (stat_day, unit_id);

-- The same figures summed per calendar month (stat_month = its first day), rewritten from case_stat_day whenever
-- one of its days is: a year's request reads some 7,000 rows instead of 90,000.
CREATE TABLE case_stat_month (
    stat_month        DATE NOT NULL,
    unit_id           BIGINT,
    category_id       BIGINT,
    channel           VARCHAR(20) NOT NULL,
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
CREATE INDEX case_stat_month_month_idx ON case_stat_month (stat_month, unit_id);

CREATE TABLE case_stat_state (
    id                INTEGER PRIMARY KEY,
    built_until       TIMESTAMP WITH TIME ZONE,
    calendar_key      VARCHAR(64)
);
INSERT INTO case_stat_state (id, built_until, calendar_key) VALUES (1, NULL, NULL);

CREATE TABLE case_stat_seen (
    case_id           BIGINT PRIMARY KEY,
    touched_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE rating_stat_seen (
    rating_id         BIGINT PRIMARY KEY,
    rated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

