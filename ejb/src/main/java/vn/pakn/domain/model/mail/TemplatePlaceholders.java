package vn.pakn.domain.model.mail;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pakn.domain.model.notification.NotificationKind;
import vn.pakn.domain.model.shared.DomainException;

/**
 * The placeholders of mail templates and their rules. A placeholder is written {@code {{name}}}:
 * {@code code} (tracking code, grouped for reading), {@code title} (the case's title), {@code unit} (the
 * unit the message is for or about), {@code answer} (the published answer, personal data removed) and
 * {@code message} (the text the system composed for this event, e.g. the deadline details).
 *
 * <p>Every template must carry {@code {{code}}} in its subject (so that a reply finds its case even where
 * the mail client drops In-Reply-To); the Vietnamese answer template must carry {@code {{answer}}} in its
 * body (the English one, which follows it in the same message, may point to it). Unknown
 * names and broken braces are refused, so a typo is caught when the template is saved, not when a citizen
 * receives "{{cdoe}}".
 */
public final class TemplatePlaceholders {

    public static final List<String> NAMES = List.of("code", "title", "unit", "answer", "message");
    /** The kinds with a template; other kinds keep the text their service composes. */
    public static final Set<NotificationKind> TEMPLATED = EnumSet.of(NotificationKind.ACK_RECEIVED,
            NotificationKind.ASSIGNED, NotificationKind.DEADLINE_WARNING, NotificationKind.OVERDUE,
            NotificationKind.ANSWER_PUBLISHED);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    private TemplatePlaceholders() {
    }

    /** @throws DomainException (INVALID) naming the first problem, in Vietnamese and English */
    public static void check(NotificationKind kind, String lang, String subject, String body) {
        if (!TEMPLATED.contains(kind)) {
            throw DomainException.invalid("template-kind", "Loại thư " + kind + " không dùng mẫu.",
                    "Notification kind " + kind + " has no template.");
        }
        if (subject == null || subject.isBlank() || body == null || body.isBlank()) {
            throw DomainException.invalid("template-empty", "Mẫu thư cần có tiêu đề và nội dung.",
                    "A template needs a subject and a body.");
        }
        if (subject.length() > MailTemplate.MAX_SUBJECT || body.length() > MailTemplate.MAX_BODY) {
            throw DomainException.invalid("template-too-long", "Mẫu thư quá dài (tiêu đề tối đa " + MailTemplate.MAX_SUBJECT
                    + ", nội dung tối đa " + MailTemplate.MAX_BODY + " ký tự).", "The template is too long (subject at most "
                    + MailTemplate.MAX_SUBJECT + ", body at most " + MailTemplate.MAX_BODY + " characters).");
        }
        if (subject.contains("\n") || subject.contains("\r")) {
            throw DomainException.invalid("template-subject-line", "Tiêu đề thư phải trên một dòng.",
                    "The subject must be a single line.");
        }
        Set<String> unknown = new TreeSet<>();
        unknown.addAll(unknownIn(subject));
        unknown.addAll(unknownIn(body));
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("template-unknown-placeholder", "Mẫu thư có biến không hợp lệ: " + unknown
                    + ". Các biến được dùng: " + NAMES + ".", "Unknown placeholders " + unknown + "; allowed: " + NAMES + ".");
        }
        if (!used(subject).contains("code")) {
            throw DomainException.invalid("template-missing-code", "Tiêu đề thư phải có {{code}} (mã tra cứu).",
                    "The subject must contain {{code}} (the tracking code).");
        }
        if (kind == NotificationKind.ANSWER_PUBLISHED && "vi".equals(lang) && !used(body).contains("answer") && !used(body).contains("message")) {
            throw DomainException.invalid("template-missing-answer", "Mẫu thư trả lời phải có {{answer}}.",
                    "The answer template must contain {{answer}}.");
        }
    }

    /** The names used, in order of first use. */
    public static Set<String> used(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> unknownIn(String text) {
        Set<String> bad = new TreeSet<>();
        for (String name : used(text)) {
            if (!NAMES.contains(name)) {
                bad.add(name);
            }
        }
        // Braces left after removing the well-formed placeholders are a typo such as "{{code}" or "{code}}".
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            bad.add("{{…}} (dấu ngoặc không khớp / unbalanced braces)");
        }
        return bad;
    }

    /** The text with each placeholder replaced by its value (empty when the value is unknown). */
    public static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
