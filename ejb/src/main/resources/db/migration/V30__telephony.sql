-- Hotline calls (issue 4): one row per Asterisk call, keyed by its Linkedid, upserted on every change the AMI
-- listener sees; callback tasks for abandoned calls and out-of-hours messages. Runs on H2 (MODE=PostgreSQL) and
-- PostgreSQL.

-- Rows are inserted by native SQL (INSERT … ON CONFLICT DO NOTHING) so that two nodes or two concurrent snapshots
-- never create a call twice; the id comes straight from this sequence.
CREATE SEQUENCE hotline_call_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE hotline_call (
    id                  BIGINT PRIMARY KEY,
    linkedid            VARCHAR(100) NOT NULL UNIQUE,
    direction           VARCHAR(20)  NOT NULL,
    citizen_number      VARCHAR(80),
    citizen_number_raw  VARCHAR(80),
    dialled_number      VARCHAR(80),
    queue_name          VARCHAR(80),
    agent               VARCHAR(80),
    extension           VARCHAR(80),
    operator_extension  VARCHAR(80),
    started_at          TIMESTAMP WITH TIME ZONE,
    offered_at          TIMESTAMP WITH TIME ZONE,
    answered_at         TIMESTAMP WITH TIME ZONE,
    ended_at            TIMESTAMP WITH TIME ZONE,
    wait_ms             BIGINT,
    talk_ms             BIGINT,
    phase               VARCHAR(20)  NOT NULL,
    outcome             VARCHAR(20),
    recording           VARCHAR(500),
    transferred         BOOLEAN      NOT NULL DEFAULT FALSE,
    callback_task_id    VARCHAR(40),
    reconciled          BOOLEAN      NOT NULL DEFAULT FALSE,
    survey_score        INTEGER,
    survey_at           TIMESTAMP WITH TIME ZONE,
    revision            BIGINT       NOT NULL DEFAULT 0,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX hotline_call_started_idx ON hotline_call (started_at);
CREATE INDEX hotline_call_citizen_idx ON hotline_call (citizen_number);

CREATE SEQUENCE callback_task_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE callback_task (
    id                  BIGINT PRIMARY KEY,
    call_linkedid       VARCHAR(100) NOT NULL UNIQUE,
    reason              VARCHAR(20)  NOT NULL,
    citizen_number      VARCHAR(80)  NOT NULL,
    queue_name          VARCHAR(80),
    report_id           BIGINT REFERENCES report (id),
    state               VARCHAR(20)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts            INTEGER      NOT NULL DEFAULT 0,
    last_attempt_at     TIMESTAMP WITH TIME ZONE,
    last_attempt_by     VARCHAR(100),
    last_attempt_answered BOOLEAN,
    done_at             TIMESTAMP WITH TIME ZONE,
    done_by             VARCHAR(100),
    done_outcome        VARCHAR(30),
    note                VARCHAR(2000),
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX callback_task_state_idx ON callback_task (state, created_at);

-- The report taken during a call names it by Linkedid (report.call_linkedid, V1); the call desk reads both ways.
CREATE INDEX report_call_linkedid_idx ON report (call_linkedid);
CREATE INDEX app_user_extension_idx ON app_user (extension);

-- Demo installations made before this migration: the demo operators take the extensions the simulated hotline
-- rings (101, 102). Real accounts never carry these old demo values.
UPDATE app_user SET extension = '101' WHERE username = 'operator1' AND extension = '1001';
UPDATE app_user SET extension = '102' WHERE username = 'operator2' AND extension = '1002';

-- The screen pop looks for open cases near the places a caller reported from (latitude/longitude boxes).
CREATE INDEX pakn_case_location_idx ON pakn_case (latitude, longitude);
