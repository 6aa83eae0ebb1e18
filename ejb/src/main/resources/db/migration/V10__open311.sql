-- Open311 GeoReport v2 (issue 7): extra questions a category asks, the client applications' API keys, and what
-- an Open311 client sent besides the report itself. Written for PostgreSQL and H2 (MODE=PostgreSQL) alike.

-- A question a category asks on top of the description (Open311 "attribute" of a service definition).
CREATE SEQUENCE category_attribute_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE category_attribute (
    id                   BIGINT PRIMARY KEY,
    category_id          BIGINT NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    code                 VARCHAR(60)  NOT NULL,
    datatype             VARCHAR(20)  NOT NULL,
    required             BOOLEAN NOT NULL DEFAULT FALSE,
    variable             BOOLEAN NOT NULL DEFAULT TRUE,
    description_vi       VARCHAR(1000) NOT NULL,
    datatype_description VARCHAR(500),
    sort_order           INTEGER NOT NULL,
    CONSTRAINT category_attribute_code_uk UNIQUE (category_id, code)
);
-- The choices of a singlevaluelist/multivaluelist attribute.
CREATE TABLE category_attribute_value (
    attribute_id         BIGINT NOT NULL REFERENCES category_attribute (id) ON DELETE CASCADE,
    value_key            VARCHAR(60)  NOT NULL,
    name_vi              VARCHAR(300) NOT NULL,
    sort_order           INTEGER NOT NULL,
    PRIMARY KEY (attribute_id, value_key)
);

-- One key per client application. Only the SHA-256 of the key is stored; the key itself is shown once.
CREATE SEQUENCE open311_api_key_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE open311_api_key (
    id                   BIGINT PRIMARY KEY,
    client_name          VARCHAR(200) NOT NULL,
    contact              VARCHAR(320),
    key_prefix           VARCHAR(20)  NOT NULL,
    key_hash             VARCHAR(64)  NOT NULL UNIQUE,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100) NOT NULL,
    revoked_at           TIMESTAMP WITH TIME ZONE,
    revoked_by           VARCHAR(100)
);

-- What an Open311 client sent besides the report: its key, the token it may ask about later, the media URL,
-- the address id of its address system, device and account ids, and the answers to the category's attributes.
CREATE SEQUENCE open311_submission_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE open311_submission (
    id                   BIGINT PRIMARY KEY,
    report_id            BIGINT NOT NULL UNIQUE REFERENCES report (id),
    api_key_id           BIGINT NOT NULL REFERENCES open311_api_key (id),
    token                VARCHAR(40)  NOT NULL UNIQUE,
    service_code         VARCHAR(40)  NOT NULL,
    media_url            VARCHAR(2000),
    address_id           VARCHAR(200),
    device_id            VARCHAR(200),
    account_id           VARCHAR(200),
    attributes           VARCHAR(8000),
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
