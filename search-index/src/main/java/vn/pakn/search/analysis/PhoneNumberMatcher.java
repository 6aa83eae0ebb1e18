package vn.pakn.search.analysis;

/**
 * Finds a Vietnamese phone number at a position, allowing the groupings people write: spaces, dots or dashes
 * between digit groups, a bracketed area code and the +84 / 84 country prefix. Mobile numbers have ten national
 * digits (0 + 9), landlines eleven (02x + 8 digits).
 */
final class PhoneNumberMatcher {
  private static final int MAX_DIGITS = 12;
  private final StringBuilder digits = new StringBuilder(MAX_DIGITS);
  private final StringBuilder candidate = new StringBuilder(MAX_DIGITS);

  /** The national digits of the last match. */
  CharSequence digits() {
    return digits;
  }

  /**
   * The end (exclusive) of the longest phone number starting at {@code start}, or -1. A number must end at a
   * group boundary: "0912345678" in "0912345678910" is not a phone number.
   */
  int match(char[] buf, int start, int length) {
    candidate.setLength(0);
    int i = start;
    if (buf[i] == '+') {
      i++;
    }
    int best = -1;
    while (i < length && candidate.length() <= MAX_DIGITS) {
      char c = buf[i];
      if (Character.isDigit(c)) {
        candidate.append(c);
        i++;
        boolean groupEnd = i >= length || !Character.isLetterOrDigit(buf[i]);
        if (groupEnd && isPhone(candidate)) {
          best = i;
          digits.setLength(0);
          national(candidate, digits);
        }
        continue;
      }
      int skip = separatorLength(buf, i, length);
      if (skip == 0 || candidate.length() == 0) {
        break;
      }
      i += skip;
    }
    return best;
  }

  /** Length of a separator between digit groups at {@code i} that is followed by a digit, or 0. */
  private static int separatorLength(char[] buf, int i, int length) {
    int j = i;
    if (buf[j] == ')') {
      j++;
    }
    if (j < length && (buf[j] == ' ' || buf[j] == '.' || buf[j] == '-' || buf[j] == '\u00A0')) {
      j++;
    }
    return j > i && j < length && Character.isDigit(buf[j]) ? j - i : 0;
  }

  private static boolean isPhone(CharSequence d) {
    StringBuilder n = new StringBuilder(MAX_DIGITS);
    national(d, n);
    if (n.length() < 10 || n.charAt(0) != '0') {
      return false;
    }
    char second = n.charAt(1);
    return n.length() == 10 ? "35789".indexOf(second) >= 0 : n.length() == 11 && second == '2';
  }

  private static void national(CharSequence d, StringBuilder out) {
    if (d.length() >= 11 && d.charAt(0) == '8' && d.charAt(1) == '4') {
      out.append('0').append(d, 2, d.length());
    } else {
      out.append(d);
    }
  }
}
