-- Core schema of the PAKN system. Written for PostgreSQL and H2 (MODE=PostgreSQL) alike.
-- Instants are stored as TIMESTAMP WITH TIME ZONE in UTC; deadlines are computed in Asia/Ho_Chi_Minh.

CREATE SEQUENCE unit_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE unit (
    id            BIGINT PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL UNIQUE,
    name_vi       VARCHAR(300) NOT NULL,
    name_en       VARCHAR(300),
    kind          VARCHAR(40)  NOT NULL,
    parent_id     BIGINT REFERENCES unit (id),
    path          VARCHAR(1000) NOT NULL,
    email         VARCHAR(320),
    phone         VARCHAR(40),
    address       VARCHAR(500),
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    version       BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX unit_parent_idx ON unit (parent_id);
CREATE INDEX unit_path_idx ON unit (path);

CREATE SEQUENCE area_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE area (
    id            BIGINT PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL UNIQUE,
    name_vi       VARCHAR(300) NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    parent_id     BIGINT REFERENCES area (id),
    active        BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE SEQUENCE category_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE category (
    id                       BIGINT PRIMARY KEY,
    code                     VARCHAR(40)  NOT NULL UNIQUE,
    name_vi                  VARCHAR(300) NOT NULL,
    name_en                  VARCHAR(300),
    description_vi           VARCHAR(2000),
    forward_working_days     INTEGER NOT NULL,
    answer_working_days      INTEGER NOT NULL,
    max_extension_days       INTEGER NOT NULL,
    warn_before_working_hours INTEGER NOT NULL,
    active                   BOOLEAN NOT NULL DEFAULT TRUE,
    version                  BIGINT NOT NULL DEFAULT 0
);

CREATE SEQUENCE routing_rule_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE routing_rule (
    id            BIGINT PRIMARY KEY,
    category_id   BIGINT REFERENCES category (id),
    area_id       BIGINT REFERENCES area (id),
    lead_unit_id  BIGINT NOT NULL REFERENCES unit (id),
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    note          VARCHAR(500)
);
CREATE TABLE routing_rule_coordinator (
    rule_id       BIGINT NOT NULL REFERENCES routing_rule (id) ON DELETE CASCADE,
    unit_id       BIGINT NOT NULL REFERENCES unit (id),
    PRIMARY KEY (rule_id, unit_id)
);

CREATE TABLE calendar_day (
    calendar_date DATE PRIMARY KEY,
    kind          VARCHAR(20)  NOT NULL,
    name_vi       VARCHAR(300) NOT NULL,
    name_en       VARCHAR(300)
);

CREATE TABLE app_setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(2000) NOT NULL
);

CREATE SEQUENCE app_user_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE app_user (
    id            BIGINT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(100) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    email         VARCHAR(320),
    unit_id       BIGINT REFERENCES unit (id),
    extension     VARCHAR(40),
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    version       BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE app_user_role (
    user_id       BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role_name     VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role_name)
);

-- Raw inbound items, stored before anything is done with them; (channel, idempotency_key) makes retries safe.
CREATE SEQUENCE inbox_item_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE inbox_item (
    id              BIGINT PRIMARY KEY,
    channel         VARCHAR(20)  NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    payload         VARCHAR(100000),
    status          VARCHAR(20) NOT NULL,
    report_id       BIGINT,
    error           VARCHAR(2000),
    CONSTRAINT inbox_item_key_uk UNIQUE (channel, idempotency_key)
);

CREATE SEQUENCE pakn_case_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE pakn_case (
    id                 BIGINT PRIMARY KEY,
    tracking_code      VARCHAR(10) NOT NULL UNIQUE,
    title              VARCHAR(300) NOT NULL,
    description        VARCHAR(20000) NOT NULL,
    state              VARCHAR(20) NOT NULL,
    channel            VARCHAR(20) NOT NULL,
    category_id        BIGINT REFERENCES category (id),
    area_id            BIGINT REFERENCES area (id),
    address            VARCHAR(500),
    latitude           DOUBLE PRECISION,
    longitude          DOUBLE PRECISION,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    forward_due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    classified_at      TIMESTAMP WITH TIME ZONE,
    routed_at          TIMESTAMP WITH TIME ZONE,
    answered_at        TIMESTAMP WITH TIME ZONE,
    published_at       TIMESTAMP WITH TIME ZONE,
    closed_at          TIMESTAMP WITH TIME ZONE,
    suggested_unit_id  BIGINT REFERENCES unit (id),
    lead_unit_id       BIGINT REFERENCES unit (id),
    merged_into_id     BIGINT REFERENCES pakn_case (id),
    state_before_merge VARCHAR(20),
    outcome_reason     VARCHAR(2000),
    redirect_to        VARCHAR(500),
    returned_count     INTEGER NOT NULL DEFAULT 0,
    reopened_count     INTEGER NOT NULL DEFAULT 0,
    report_count       INTEGER NOT NULL DEFAULT 1,
    change_seq         BIGINT NOT NULL DEFAULT 0,
    version            BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX pakn_case_state_idx ON pakn_case (state, received_at);
CREATE INDEX pakn_case_lead_unit_idx ON pakn_case (lead_unit_id, state);
CREATE INDEX pakn_case_received_idx ON pakn_case (received_at);
CREATE INDEX pakn_case_merged_idx ON pakn_case (merged_into_id);

CREATE SEQUENCE report_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE report (
    id                   BIGINT PRIMARY KEY,
    tracking_code        VARCHAR(10) NOT NULL UNIQUE,
    case_id              BIGINT NOT NULL REFERENCES pakn_case (id),
    original_case_id     BIGINT NOT NULL REFERENCES pakn_case (id),
    channel              VARCHAR(20) NOT NULL,
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    title                VARCHAR(300) NOT NULL,
    description          VARCHAR(20000) NOT NULL,
    description_original VARCHAR(20000) NOT NULL,
    category_id          BIGINT REFERENCES category (id),
    area_id              BIGINT REFERENCES area (id),
    address              VARCHAR(500),
    latitude             DOUBLE PRECISION,
    longitude            DOUBLE PRECISION,
    reporter_name        VARCHAR(200),
    reporter_phone       VARCHAR(20),
    reporter_phone_hash  VARCHAR(64),
    reporter_email       VARCHAR(320),
    reporter_citizen_id  VARCHAR(12),
    reporter_address     VARCHAR(500),
    consent_share_identity BOOLEAN NOT NULL DEFAULT FALSE,
    lookup_secret        VARCHAR(64),
    call_linkedid        VARCHAR(100),
    created_by           VARCHAR(100)
);
CREATE INDEX report_case_idx ON report (case_id);
CREATE INDEX report_phone_hash_idx ON report (reporter_phone_hash);

CREATE SEQUENCE assignment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE assignment (
    id                  BIGINT PRIMARY KEY,
    case_id             BIGINT NOT NULL REFERENCES pakn_case (id),
    unit_id             BIGINT NOT NULL REFERENCES unit (id),
    role                VARCHAR(20) NOT NULL,
    state               VARCHAR(20) NOT NULL,
    assigned_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    original_due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at         TIMESTAMP WITH TIME ZONE,
    answered_at         TIMESTAMP WITH TIME ZONE,
    ended_at            TIMESTAMP WITH TIME ZONE,
    end_reason          VARCHAR(2000),
    extension_state     VARCHAR(20) NOT NULL DEFAULT 'NONE',
    extension_days      INTEGER,
    extension_reason    VARCHAR(2000),
    warned_at           TIMESTAMP WITH TIME ZONE,
    overdue_flagged_at  TIMESTAMP WITH TIME ZONE,
    version             BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX assignment_case_idx ON assignment (case_id);
CREATE INDEX assignment_open_due_idx ON assignment (state, due_at);
CREATE INDEX assignment_unit_idx ON assignment (unit_id, state);

CREATE SEQUENCE pause_period_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE pause_period (
    id              BIGINT PRIMARY KEY,
    assignment_id   BIGINT NOT NULL REFERENCES assignment (id),
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at        TIMESTAMP WITH TIME ZONE,
    reason          VARCHAR(2000) NOT NULL
);
CREATE INDEX pause_period_assignment_idx ON pause_period (assignment_id);

CREATE SEQUENCE answer_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE answer (
    id              BIGINT PRIMARY KEY,
    case_id         BIGINT NOT NULL REFERENCES pakn_case (id),
    assignment_id   BIGINT REFERENCES assignment (id),
    body            VARCHAR(20000) NOT NULL,
    author          VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by     VARCHAR(100),
    approved_at     TIMESTAMP WITH TIME ZONE,
    rejected_note   VARCHAR(2000),
    published_body  VARCHAR(20000),
    published_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX answer_case_idx ON answer (case_id);

-- Append-only history: rows are inserted, never updated or deleted.
CREATE SEQUENCE case_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_event (
    id              BIGINT PRIMARY KEY,
    case_id         BIGINT NOT NULL REFERENCES pakn_case (id),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    actor_role      VARCHAR(20) NOT NULL,
    action          VARCHAR(30) NOT NULL,
    from_state      VARCHAR(20),
    to_state        VARCHAR(20) NOT NULL,
    unit_id         BIGINT,
    note            VARCHAR(4000)
);
CREATE INDEX case_event_case_idx ON case_event (case_id, occurred_at);

CREATE SEQUENCE rating_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE rating (
    id              BIGINT PRIMARY KEY,
    case_id         BIGINT NOT NULL REFERENCES pakn_case (id),
    report_id       BIGINT NOT NULL REFERENCES report (id),
    score           INTEGER NOT NULL,
    comment_text    VARCHAR(2000),
    rated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT rating_report_uk UNIQUE (report_id)
);

-- Reporter identity shown to a unit only with the reporter's consent or a leader's grant; every grant audited.
CREATE SEQUENCE identity_grant_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE identity_grant (
    id              BIGINT PRIMARY KEY,
    case_id         BIGINT NOT NULL REFERENCES pakn_case (id),
    unit_id         BIGINT NOT NULL REFERENCES unit (id),
    granted_by      VARCHAR(100) NOT NULL,
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    CONSTRAINT identity_grant_uk UNIQUE (case_id, unit_id)
);

-- Every message to people goes through this outbox; a channel adapter delivers and marks it.
CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE notification (
    id              BIGINT PRIMARY KEY,
    kind            VARCHAR(40) NOT NULL,
    case_id         BIGINT REFERENCES pakn_case (id),
    unit_id         BIGINT REFERENCES unit (id),
    recipient       VARCHAR(320),
    subject         VARCHAR(500) NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000)
);
CREATE INDEX notification_pending_idx ON notification (status, next_attempt_at);

-- A lease per scheduled job, so that with several server nodes one node runs each tick.
CREATE TABLE job_lease (
    job_name        VARCHAR(100) PRIMARY KEY,
    holder          VARCHAR(200),
    leased_until    TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO job_lease (job_name, holder, leased_until) VALUES ('deadline-monitor', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
INSERT INTO job_lease (job_name, holder, leased_until) VALUES ('reopen-window-closer', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
