-- Attachments (issues 5 and 6): citizens' photos and documents on a report (portal, e-mail), a reporter's
-- files sent later by e-mail on a case, and the unit's files on an answer. The metadata row and the bytes are
-- written in the transaction of the report or answer they belong to, so an acknowledged report never loses them.
-- A file that was refused (too large, type not accepted) keeps a row without content and with the reason, so
-- that the staff see what the citizen sent.
CREATE SEQUENCE attachment_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE attachment (
    id              BIGINT PRIMARY KEY,
    report_id       BIGINT REFERENCES report (id),
    case_id         BIGINT REFERENCES pakn_case (id),
    answer_id       BIGINT REFERENCES answer (id),
    file_name       VARCHAR(255) NOT NULL,
    declared_type   VARCHAR(200),
    content_type    VARCHAR(100) NOT NULL,
    size_bytes      BIGINT NOT NULL,
    sha256          VARCHAR(64),
    channel         VARCHAR(20) NOT NULL,
    uploaded_by     VARCHAR(100),
    visibility      VARCHAR(10) NOT NULL,
    rejected_reason VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT attachment_owner_ck CHECK (report_id IS NOT NULL OR case_id IS NOT NULL OR answer_id IS NOT NULL)
);
CREATE INDEX attachment_report_idx ON attachment (report_id);
CREATE INDEX attachment_case_idx ON attachment (case_id);
CREATE INDEX attachment_answer_idx ON attachment (answer_id);

-- The bytes apart from the metadata, so that listing attachments never reads them; written and read as
-- streams (JDBC setBinaryStream / getBinaryStream). BYTEA is PostgreSQL's type and an alias of H2's
-- BINARY VARYING, whose default length is H2's maximum.
CREATE TABLE attachment_content (
    attachment_id   BIGINT PRIMARY KEY REFERENCES attachment (id),
    content         BYTEA NOT NULL
);
