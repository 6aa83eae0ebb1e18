package vn.pakn.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What an ADMIN decided about a quarantined mail, who and when: kept for audit and never changed. The
 * quarantine reason at that moment is copied, because a release that ends in quarantine again replaces it.
 */
@Entity
@Table(name = "mail_quarantine_decision")
public class QuarantineDecision {

    public enum Action {
        /** Processed again (e.g. after a limit was raised); {@code outcome} says what it became. */
        RELEASE,
        /** Set aside for good, with the admin's note. */
        DISMISS
    }

    public static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_quarantine_decision_seq")
    @SequenceGenerator(name = "mail_quarantine_decision_seq", sequenceName = "mail_quarantine_decision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "mail_item_id", nullable = false, updatable = false)
    private Long mailItemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Action action;

    @Column(name = "decided_by", nullable = false, length = 100, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "quarantine_reason", length = MailItem.MAX_REASON, updatable = false)
    private String quarantineReason;

    @Column(length = MAX_NOTE, updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private MailStatus outcome;

    protected QuarantineDecision() {
    }

    private QuarantineDecision(MailItem mail, Action action, String decidedBy, Instant decidedAt, String note) {
        this.mailItemId = mail.getId();
        this.action = action;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.quarantineReason = mail.getReason();
        this.note = note;
    }

    /** Releases the mail (it is STORED again) and records who did; {@link #settled} records the outcome. */
    public static QuarantineDecision release(MailItem mail, String admin, Instant at) {
        var d = new QuarantineDecision(mail, Action.RELEASE, admin, at, null);
        mail.release();
        return d;
    }

    /** Dismisses the mail with the admin's note (required: why it is set aside). */
    public static QuarantineDecision dismiss(MailItem mail, String admin, Instant at, String note) {
        if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("a dismissal needs a note of 1.." + MAX_NOTE + " characters");
        }
        var d = new QuarantineDecision(mail, Action.DISMISS, admin, at, note.strip());
        mail.dismiss();
        d.outcome = MailStatus.DISMISSED;
        return d;
    }

    /** What processing made of a released mail. */
    public void settled(MailStatus outcome) {
        this.outcome = outcome;
    }

    public Long getId() { return id; }
    public Long getMailItemId() { return mailItemId; }
    public Action getAction() { return action; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getQuarantineReason() { return quarantineReason; }
    public String getNote() { return note; }
    public MailStatus getOutcome() { return outcome; }
}
