package vn.pakn.application.mail;

import java.util.Map;
import vn.pakn.domain.model.cases.TrackingCode;
import vn.pakn.domain.model.mail.TemplatePlaceholders;
import vn.pakn.domain.model.notification.NotificationKind;

/**
 * A template filled with sample values, so that ADMIN reads what a citizen would receive before saving it. The
 * text is checked by the same rules as a save ({@link TemplatePlaceholders#check}), so a preview that renders is a
 * template that saves, and a typo is reported while typing rather than after.
 */
public final class TemplatePreview {

    /** A real tracking code (its Damm check digit is right), grouped as in a sent message. */
    static final String SAMPLE_CODE = TrackingCode.withCheckDigit("261123001").formatted();

    private static final Map<String, Map<String, String>> SAMPLES = Map.of(
            "vi", Map.of("code", SAMPLE_CODE,
                    "title", "Mất nước sinh hoạt tại ngõ 12 phố Lò Đúc",
                    "unit", "Công ty Cấp nước",
                    "answer", "Đơn vị đã sửa xong đường ống; nước được cấp lại từ 9 giờ ngày 24/11/2026.",
                    "message", "Hạn trả lời: 17:00 ngày 08/12/2026."),
            "en", Map.of("code", SAMPLE_CODE,
                    "title", "No tap water in lane 12, Lo Duc street",
                    "unit", "Water Supply Company",
                    "answer", "The pipe has been repaired; water has been back since 9:00 on 24/11/2026.",
                    "message", "Answer due: 17:00 on 08/12/2026."));

    private TemplatePreview() {
    }

    /** The subject and body with every placeholder replaced by the sample value of {@code lang} (vi or en). */
    public static MailTemplates.Rendered render(NotificationKind kind, String lang, String subject, String body) {
        TemplatePlaceholders.check(kind, lang, subject, body);
        Map<String, String> values = sampleValues(lang);
        return new MailTemplates.Rendered(TemplatePlaceholders.fill(subject, values), TemplatePlaceholders.fill(body, values));
    }

    /** The sample values shown in a preview; English for "en", Vietnamese otherwise. */
    public static Map<String, String> sampleValues(String lang) {
        return SAMPLES.getOrDefault(lang, SAMPLES.get("vi"));
    }
}
