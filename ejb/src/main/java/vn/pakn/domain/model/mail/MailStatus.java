package vn.pakn.domain.model.mail;

/** What became of an inbound e-mail. Stored by name in {@code mail_item.status} (at most 20 characters). */
public enum MailStatus {
    /** Stored, not processed yet (or processing was interrupted: the reader takes it up again). */
    STORED,
    /** Opened a new report. */
    REPORT,
    /** Added to an existing case as a follow-up (a reply, or a message carrying the tracking code). */
    FOLLOW_UP,
    /** An automatic reply (out of office, auto-responder): kept, not a report. */
    AUTO_REPLY,
    /** A delivery status notification (bounce): kept, not a report. */
    BOUNCE,
    /** Mailing-list traffic or our own mail coming back: kept, not a report, never answered. */
    LOOP,
    /** Malformed, huge, dangerous, spoofed or empty: kept for an ADMIN with the reason. */
    QUARANTINED,
    /** Quarantined, then dismissed by an ADMIN with a reason ({@link QuarantineDecision}): kept, no longer pending. */
    DISMISSED
}
