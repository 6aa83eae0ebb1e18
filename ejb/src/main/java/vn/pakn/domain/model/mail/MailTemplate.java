package vn.pakn.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import vn.pakn.domain.model.notification.NotificationKind;

/**
 * The text of one kind of outgoing mail in one language ({@code vi} or {@code en}), with
 * {@code {{placeholder}}}s that {@link TemplatePlaceholders} checks and fills. A message is the Vietnamese
 * text, then the English one.
 */
@Entity
@Table(name = "mail_template")
public class MailTemplate {

    public static final int MAX_SUBJECT = 300;
    public static final int MAX_BODY = 10_000;

    /** The languages a template exists in; Vietnamese first in every message. */
    public static final java.util.List<String> LANGUAGES = java.util.List.of("vi", "en");

    @Embeddable
    public static class Key implements Serializable {
        @Column(nullable = false, length = 40)
        private String kind;
        @Column(nullable = false, length = 2)
        private String lang;

        protected Key() {
        }

        public Key(NotificationKind kind, String lang) {
            this.kind = kind.name();
            this.lang = lang;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && kind.equals(k.kind) && lang.equals(k.lang);
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + lang.hashCode();
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected MailTemplate() {
    }

    public MailTemplate(NotificationKind kind, String lang, String subject, String body, Instant at, String by) {
        this.key = new Key(kind, lang);
        change(subject, body, at, by);
    }

    /** New texts, checked by {@link TemplatePlaceholders#check} first. */
    public void change(String subject, String body, Instant at, String by) {
        TemplatePlaceholders.check(kind(), lang(), subject, body);
        this.subject = subject.strip();
        this.body = body;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String renderSubject(Map<String, String> values) {
        return TemplatePlaceholders.fill(subject, values).replaceAll("\\s+", " ").strip();
    }

    public String renderBody(Map<String, String> values) {
        return TemplatePlaceholders.fill(body, values);
    }

    public NotificationKind kind() { return NotificationKind.valueOf(key.kind); }
    public String lang() { return key.lang; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
