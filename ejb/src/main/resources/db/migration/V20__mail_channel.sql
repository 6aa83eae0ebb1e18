-- E-mail channel (issue 5): the raw message of every inbound e-mail, what became of it, the Message-IDs
-- that thread replies to cases, and the editable templates of outgoing mail.

-- One row per inbound e-mail, beside its inbox_item (channel EMAIL, key = Message-ID or content hash):
-- the .eml bytes as received (cut at the size limit for huge mail), the outcome and, if quarantined, why.
CREATE SEQUENCE mail_item_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE mail_item (
    id              BIGINT PRIMARY KEY,
    inbox_item_id   BIGINT NOT NULL REFERENCES inbox_item (id),
    message_id      VARCHAR(1000),
    raw             BYTEA NOT NULL,
    raw_size        BIGINT NOT NULL,
    truncated       BOOLEAN NOT NULL DEFAULT FALSE,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(20) NOT NULL,
    reason          VARCHAR(2000),
    sender          VARCHAR(320),
    subject         VARCHAR(500),
    attachments     VARCHAR(4000),
    case_id         BIGINT REFERENCES pakn_case (id),
    report_id       BIGINT REFERENCES report (id),
    processed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT mail_item_inbox_uk UNIQUE (inbox_item_id)
);
CREATE INDEX mail_item_status_idx ON mail_item (status, received_at);

-- Message-IDs we received or sent, each tied to its case: a reply names one of them in In-Reply-To or
-- References and is filed as a follow-up of that case.
CREATE TABLE mail_thread (
    message_id      VARCHAR(1000) PRIMARY KEY,
    case_id         BIGINT NOT NULL REFERENCES pakn_case (id),
    direction       VARCHAR(3) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mail_thread_case_idx ON mail_thread (case_id);

-- Outgoing mail per notification kind and language; ADMIN edits them (GET/PUT /api/admin/mail-templates).
CREATE TABLE mail_template (
    kind            VARCHAR(40) NOT NULL,
    lang            VARCHAR(2) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            VARCHAR(10000) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    CONSTRAINT mail_template_pk PRIMARY KEY (kind, lang)
);

INSERT INTO mail_template (kind, lang, subject, body, updated_at, updated_by) VALUES
('ACK_RECEIVED', 'vi', '[PAKN] Đã tiếp nhận phản ánh, mã tra cứu {{code}}',
 'Kính gửi ông/bà,

Hệ thống tiếp nhận phản ánh, kiến nghị đã nhận được phản ánh của ông/bà:
"{{title}}"

Mã tra cứu: {{code}}
Ông/bà dùng mã này để tra cứu tiến độ và kết quả xử lý. Để bổ sung thông tin, xin trả lời thư này (giữ nguyên mã trong tiêu đề).

Đây là thư tự động, xin không gửi thư khác vào địa chỉ này ngoài nội dung bổ sung cho phản ánh.',
 TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 'system'),
('ACK_RECEIVED', 'en', 'Report received, tracking code {{code}}',
 'Dear citizen,

Your report "{{title}}" has been received.

Tracking code: {{code}}
Use it to follow the progress and the answer. To add information, reply to this message and keep the code in the subject.',
 TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 'system'),
('ASSIGNED', 'vi', '[PAKN] {{code}} — Giao xử lý hồ sơ',
 'Kính gửi: {{unit}}

Hồ sơ phản ánh, kiến nghị {{code}} ("{{title}}") được giao cho đơn vị.
{{message}}',
 TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 'system'),
('ASSIGNED', 'en', 'Case {{code}} assigned to your unit',
 'To: {{unit}}

Case {{code}} ("{{title}}") has been assigned to your unit.',
 TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 'system'),
('DEADLINE_WARNING', 'vi', '[PAKN] {{code}} — Hồ sơ sắp đến hạn',
 '{{message}}',
 TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 'system'),
('DEADLINE_WARNING', 'en', 'Case {{code}} is due soon',
 'Case {{code}} ("{{title}}") for {{unit}} is due soon; the details are above.',
 TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 'system'),
('OVERDUE', 'vi', '[PAKN] {{code}} — Hồ sơ đã quá hạn',
 '{{message}}',
 TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 'system'),
('OVERDUE', 'en', 'Case {{code}} is overdue',
 'Case {{code}} ("{{title}}") for {{unit}} is overdue; the details are above.',
 TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 'system'),
('ANSWER_PUBLISHED', 'vi', '[PAKN] {{code}} — Kết quả giải quyết phản ánh',
 'Kính gửi ông/bà,

Phản ánh "{{title}}" (mã tra cứu {{code}}) đã có kết quả trả lời:

{{answer}}

Ông/bà có thể đánh giá mức độ hài lòng với kết quả bằng mã tra cứu.',
 TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 'system'),
('ANSWER_PUBLISHED', 'en', 'Case {{code}} has been answered',
 'Your report "{{title}}" (tracking code {{code}}) has been answered; the answer is above, in Vietnamese. You can rate it with your tracking code.',
 TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 'system');

INSERT INTO job_lease (job_name, holder, leased_until) VALUES ('mailbox-reader', NULL, TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
