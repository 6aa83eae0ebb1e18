-- What an ADMIN decided about a quarantined mail, one row per decision, kept for audit: RELEASE (the mail was
-- processed again, e.g. after a limit was raised; outcome says what it became) or DISMISS (with the admin's
-- reason; the mail stays stored with status DISMISSED and is no longer listed as pending). The reason the
-- mail was quarantined with at that moment is kept too, since a release that quarantines again replaces it.
CREATE SEQUENCE mail_quarantine_decision_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE mail_quarantine_decision (
    id                  BIGINT PRIMARY KEY,
    mail_item_id        BIGINT NOT NULL REFERENCES mail_item (id),
    action              VARCHAR(10) NOT NULL,
    decided_by          VARCHAR(100) NOT NULL,
    decided_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    quarantine_reason   VARCHAR(2000),
    note                VARCHAR(2000),
    outcome             VARCHAR(20),
    CONSTRAINT mail_quarantine_decision_action_ck CHECK (action IN ('RELEASE', 'DISMISS'))
);
CREATE INDEX mail_quarantine_decision_item_idx ON mail_quarantine_decision (mail_item_id, decided_at);
