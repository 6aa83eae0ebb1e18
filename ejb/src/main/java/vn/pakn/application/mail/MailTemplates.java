package vn.pakn.application.mail;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.pakn.domain.model.cases.Answer;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.TrackingCode;
import vn.pakn.domain.model.mail.MailTemplate;
import vn.pakn.domain.model.mail.TemplatePlaceholders;
import vn.pakn.domain.model.notification.NotificationKind;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.unit.Unit;

/**
 * The texts of outgoing mail: stored per kind and language in {@code mail_template}, edited by ADMIN, and
 * applied when a message is queued ({@link #render}); a kind without templates keeps the text its service
 * composed. A rendered message is the Vietnamese text, then the English one.
 */
@Stateless
public class MailTemplates {

    private static final String SEPARATOR = "\n\n---\n\n";

    @PersistenceContext(unitName = "pakn")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private vn.pakn.application.admin.AdminAccess admin;

    /** A template as ADMIN sees and edits it. */
    public record TemplateView(String kind, String lang, String subject, String body, List<String> placeholders,
                               java.time.Instant updatedAt, String updatedBy) {
    }

    /** A subject and body ready for the outbox. */
    public record Rendered(String subject, String body) {
    }

    public List<TemplateView> list() {
        admin.requireAdmin();
        return em.createQuery("SELECT t FROM MailTemplate t", MailTemplate.class).getResultStream()
                .map(MailTemplates::view)
                .sorted(java.util.Comparator.comparing(TemplateView::kind).thenComparing(v -> MailTemplate.LANGUAGES.indexOf(v.lang())))
                .toList();
    }

    public TemplateView get(String kind, String lang) {
        admin.requireAdmin();
        return view(find(kindOf(kind), langOf(lang)).orElseThrow(
                () -> DomainException.notFound("mẫu thư", "mail template", kind + "/" + lang)));
    }

    /** Creates or replaces a template after checking its placeholders. */
    public TemplateView put(String kind, String lang, String subject, String body) {
        String by = admin.requireAdmin().username();
        var k = kindOf(kind);
        var l = langOf(lang);
        var existing = find(k, l);
        if (existing.isPresent()) {
            existing.get().change(subject, body, clock.instant(), by);
            return view(existing.get());
        }
        var t = new MailTemplate(k, l, subject, body, clock.instant(), by);
        em.persist(t);
        return view(t);
    }

    /**
     * The text as it would be sent, with sample values ({@link TemplatePreview}); nothing is saved, and a text
     * that could not be saved is refused with the same message a save would give.
     */
    public Rendered preview(String kind, String lang, String subject, String body) {
        admin.requireAdmin();
        return TemplatePreview.render(kindOf(kind), langOf(lang), subject, body);
    }

    /**
     * The templated subject and body for a message about {@code caseId}, or empty when the kind has no
     * template (or no case), so the caller keeps its own text, available as {@code {{message}}}.
     */
    public Optional<Rendered> render(NotificationKind kind, Long caseId, Long unitId, String message) {
        if (caseId == null || !TemplatePlaceholders.TEMPLATED.contains(kind)) {
            return Optional.empty();
        }
        var vi = find(kind, "vi");
        var en = find(kind, "en");
        if (vi.isEmpty() && en.isEmpty()) {
            return Optional.empty();
        }
        Case c = em.find(Case.class, caseId);
        if (c == null) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        values.put("code", TrackingCode.tryParse(c.getTrackingCode()).map(TrackingCode::formatted).orElse(c.getTrackingCode()));
        values.put("title", c.getTitle());
        values.put("message", message == null ? "" : message);
        // Only when a template asks for it: reading the answers is a query, and most mail (every acknowledgement) has none.
        boolean wantsAnswer = java.util.stream.Stream.of(vi, en).flatMap(Optional::stream)
                .anyMatch(t -> TemplatePlaceholders.used(t.getSubject() + "\n" + t.getBody()).contains("answer"));
        values.put("answer", wantsAnswer ? c.publishedAnswer().map(Answer::getPublishedBody).orElse("") : "");
        Unit unit = unitId == null ? null : em.find(Unit.class, unitId);
        values.put("unit", unit == null ? "" : unit.getNameVi());
        String subject = vi.map(t -> t.renderSubject(values)).orElse("")
                + en.map(t -> (vi.isPresent() ? " / " : "") + t.renderSubject(values)).orElse("");
        String body = vi.map(t -> t.renderBody(values)).orElse("")
                + en.map(t -> (vi.isPresent() ? SEPARATOR : "") + t.renderBody(values)).orElse("");
        return Optional.of(new Rendered(subject, body));
    }

    private Optional<MailTemplate> find(NotificationKind kind, String lang) {
        return Optional.ofNullable(em.find(MailTemplate.class, new MailTemplate.Key(kind, lang)));
    }

    private static NotificationKind kindOf(String kind) {
        try {
            return NotificationKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.notFound("loại thư", "notification kind", kind);
        }
    }

    private static String langOf(String lang) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        if (!MailTemplate.LANGUAGES.contains(l)) {
            throw DomainException.invalid("template-lang", "Ngôn ngữ phải là vi hoặc en.", "The language must be vi or en.");
        }
        return l;
    }

    private static TemplateView view(MailTemplate t) {
        return new TemplateView(t.kind().name(), t.lang(), t.getSubject(), t.getBody(),
                List.copyOf(TemplatePlaceholders.used(t.getSubject() + "\n" + t.getBody())), t.getUpdatedAt(), t.getUpdatedBy());
    }
}
