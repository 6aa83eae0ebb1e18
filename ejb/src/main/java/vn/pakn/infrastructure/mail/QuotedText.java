package vn.pakn.infrastructure.mail;

import java.util.regex.Pattern;

/**
 * The new part of a reply, without the history the mail client quoted below it: lines starting with "&gt;",
 * and everything from the first attribution line ("On … wrote:", "Vào … đã viết:", Outlook's
 * "-----Original Message-----" or "From: … Sent: …" block) on. If nothing is left, the text as it was.
 */
public final class QuotedText {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?im)^\\s*(-{2,}\\s*(original message|forwarded message|th[ưu] g[ốo]c|tin nh[ắa]n g[ốo]c)\\s*-{2,}"
            + "|(on|vào|vao|le|am)\\b.{0,200}\\b(wrote|đã viết|da viet|a écrit|schrieb)\\s*:?\\s*$"
            + "|(from|từ|tu)\\s*:.*\\R\\s*(sent|date|đã gửi|ngày)\\s*:.*$"
            + "|_{20,}\\s*$)");

    private QuotedText() {
    }

    public static String newPart(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String cut = text;
        var m = ATTRIBUTION.matcher(text);
        if (m.find() && m.start() > 0) {
            cut = text.substring(0, m.start());
        }
        StringBuilder kept = new StringBuilder(cut.length());
        for (String line : cut.split("\n", -1)) {
            if (!line.stripLeading().startsWith(">")) {
                kept.append(line).append('\n');
            }
        }
        String result = HtmlText.tidy(kept.toString());
        return result.isBlank() ? text : result;
    }
}
