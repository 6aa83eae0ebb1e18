package vn.pakn.search.analysis;

import java.util.regex.Pattern;

/**
 * Masks what identifies a reporter in text shown beyond the reporter's own case: phone numbers in any grouping
 * ("09xx xxx 123", as in the logs), e-mail addresses and 12-digit citizen ID numbers (CCCD).
 */
public final class PersonalDataMasker {
  private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
  private static final Pattern CITIZEN_ID = Pattern.compile("(?<!\\d)\\d{12}(?!\\d)");

  private PersonalDataMasker() {}

  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String s = EMAIL.matcher(text).replaceAll("[e-mail]");
    s = CITIZEN_ID.matcher(s).replaceAll("[CCCD]");
    return maskPhones(s);
  }

  private static String maskPhones(String s) {
    char[] buf = s.toCharArray();
    PhoneNumberMatcher matcher = new PhoneNumberMatcher();
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < buf.length) {
      boolean start = (Character.isDigit(buf[i]) || buf[i] == '+') && (i == 0 || !Character.isLetterOrDigit(buf[i - 1]));
      int end = start ? matcher.match(buf, i, buf.length) : -1;
      if (end > 0) {
        CharSequence d = matcher.digits();
        out.append(d, 0, 2).append("xx xxx ").append(d, d.length() - 3, d.length());
        i = end;
      } else {
        out.append(buf[i++]);
      }
    }
    return out.toString();
  }
}
