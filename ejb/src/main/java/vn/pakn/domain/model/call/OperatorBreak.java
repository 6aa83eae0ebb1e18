package vn.pakn.domain.model.call;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.shared.Texts;

/**
 * An operator's break (nghỉ giải lao): from the moment they went on break until they came back. While it is open
 * Asterisk offers them no queue calls (QueuePause); the row is the audit of who paused which extension, why and for
 * how long, and what the call desk shows after a reload.
 */
@Entity
@Table(name = "operator_break")
public class OperatorBreak {

    /** Longest reason kept (the column's width); Asterisk shows it as the member's PausedReason. */
    public static final int MAX_REASON = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operator_break_seq")
    @SequenceGenerator(name = "operator_break_seq", sequenceName = "operator_break_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private String extension;

    @Column(updatable = false)
    private String reason;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected OperatorBreak() {
    }

    private OperatorBreak(String username, String extension, String reason, Instant startedAt) {
        this.username = username;
        this.extension = extension;
        this.reason = reason;
        this.startedAt = startedAt;
    }

    /**
     * A break that starts now.
     *
     * @param reason free text (NFC, blank = none), at most {@link #MAX_REASON} characters
     */
    public static OperatorBreak begin(String username, String extension, String reason, Instant at) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(at, "at");
        String text = Texts.nfcOrNull(reason);
        if (text != null && text.length() > MAX_REASON) {
            throw DomainException.invalid("break-reason-too-long",
                    "Lý do nghỉ quá dài (tối đa " + MAX_REASON + " ký tự).",
                    "The break reason is too long (at most " + MAX_REASON + " characters).");
        }
        return new OperatorBreak(username, extension, text, at);
    }

    /** The operator is back; a break ends once, and not before it began (clocks of two nodes may differ a little). */
    public void end(Instant at) {
        if (endedAt != null) {
            throw DomainException.conflict("break-ended", "Giờ nghỉ này đã kết thúc.", "This break has already ended.");
        }
        endedAt = at.isBefore(startedAt) ? startedAt : at;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** How long the break lasted, or has lasted until {@code now} while it is open. */
    public Duration length(Instant now) {
        Instant end = endedAt != null ? endedAt : now;
        return end.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, end);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getExtension() { return extension; }
    public Optional<String> getReason() { return Optional.ofNullable(reason); }
    public Instant getStartedAt() { return startedAt; }
    public Optional<Instant> getEndedAt() { return Optional.ofNullable(endedAt); }
}
