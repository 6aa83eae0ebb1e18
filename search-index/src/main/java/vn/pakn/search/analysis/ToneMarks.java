package vn.pakn.search.analysis;

/**
 * Moves the tone mark of the open syllables "oa", "oe" and "uy" to one place. Vietnamese has two accepted
 * conventions ("hoà"/"hòa", "thuỷ"/"thủy", "khoẻ"/"khỏe") and both are common, so without this the accented
 * forms would not match. We keep the older one (mark on the first vowel), which most people type.
 */
final class ToneMarks {
  private static final String[] TONED = {"àáảãạ", "èéẻẽẹ", "ỳýỷỹỵ", "òóỏõọ", "ùúủũụ"};
  private static final int A = 0;
  private static final int E = 1;
  private static final int Y = 2;
  private static final int O = 3;
  private static final int U = 4;

  private ToneMarks() {}

  /** Rewrites a lower case NFC syllable in place; returns whether it changed. */
  static boolean canonicalize(char[] s, int len) {
    if (len < 2) {
      return false;
    }
    char first = s[len - 2];
    char last = s[len - 1];
    int tone;
    if (first == 'o' && ((tone = TONED[A].indexOf(last)) >= 0 || (tone = TONED[E].indexOf(last)) >= 0)) {
      s[len - 2] = TONED[O].charAt(tone);
      s[len - 1] = TONED[A].indexOf(last) >= 0 ? 'a' : 'e';
      return true;
    }
    if (first == 'u' && (tone = TONED[Y].indexOf(last)) >= 0 && !(len >= 3 && s[len - 3] == 'q')) {
      s[len - 2] = TONED[U].charAt(tone);
      s[len - 1] = 'y';
      return true;
    }
    return false;
  }
}
