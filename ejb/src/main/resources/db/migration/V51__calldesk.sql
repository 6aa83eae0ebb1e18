-- Call desk (issue 6, page 2): an operator's breaks. Each break is a row from "on break" to "back"; the row is both
-- the audit record (who, from which extension, why, how long) and what the call desk shows after a reload. The queue
-- pause itself lives in Asterisk (AMI QueuePause); this table says who asked for it and when. Runs on H2
-- (MODE=PostgreSQL) and PostgreSQL.
CREATE SEQUENCE operator_break_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE operator_break (
    id          BIGINT PRIMARY KEY,
    username    VARCHAR(100) NOT NULL,
    extension   VARCHAR(80)  NOT NULL,
    reason      VARCHAR(200),
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at    TIMESTAMP WITH TIME ZONE,
    version     BIGINT       NOT NULL DEFAULT 0
);
-- "Is this operator on break now?" (ended_at IS NULL) and the breaks of a period for the figures.
CREATE INDEX operator_break_user_idx ON operator_break (username, ended_at);
CREATE INDEX operator_break_started_idx ON operator_break (started_at);
