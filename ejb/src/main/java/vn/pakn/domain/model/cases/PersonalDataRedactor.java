package vn.pakn.domain.model.cases;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Removes personal data from text before it is published: phone numbers, e-mail addresses, 12-digit
 * citizen ID numbers and the names of the case's reporters.
 */
public final class PersonalDataRedactor {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern CITIZEN_ID = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");
    /** Vietnamese phone numbers as people write them: 0912345678, 0912 345 678, +84 912.345.678, 84-912-345-678. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(?:\\+?84|0)(?:[\\s.-]?\\d){8,10}(?![\\d])");

    private PersonalDataRedactor() {
    }

    public static String redact(String text, Collection<String> reporterNames) {
        if (text == null) {
            return null;
        }
        String out = EMAIL.matcher(text).replaceAll("[đã ẩn]");
        out = CITIZEN_ID.matcher(out).replaceAll("[đã ẩn]");
        out = PHONE.matcher(out).replaceAll("[đã ẩn]");
        for (String name : reporterNames) {
            if (name != null && name.strip().length() >= 3) {
                out = out.replace(name.strip(), "[đã ẩn]");
            }
        }
        return out;
    }
}
