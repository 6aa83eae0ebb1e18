package vn.pakn.search.analysis;

import java.text.Normalizer;

/**
 * Removes Vietnamese tone and vowel marks ("mất điện" → "mat dien", đ/Đ → d/D), so text typed without
 * diacritics matches text typed with them. Works on NFC text; a lone combining mark (from NFD text) is dropped.
 */
public final class VietnameseFolding {
  private static final char FIRST = '\u00C0';
  private static final char LAST = '\u1EFF';
  /** Folded form of each char in [FIRST, LAST]; 0 when the char has no Latin base letter. */
  private static final char[] TABLE = buildTable();

  private VietnameseFolding() {}

  private static char[] buildTable() {
    char[] table = new char[LAST - FIRST + 1];
    for (char c = FIRST; c <= LAST; c++) {
      String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char b = base.charAt(0);
      table[c - FIRST] = (b < 0x80 && Character.isLetter(b)) ? b : 0;
    }
    table['đ' - FIRST] = 'd';
    table['Đ' - FIRST] = 'D';
    return table;
  }

  /** The folded char, {@code c} itself when it carries no mark, or 0 for a combining mark to drop. */
  public static char fold(char c) {
    if (c < FIRST) {
      return c;
    }
    if (c <= LAST) {
      char f = TABLE[c - FIRST];
      if (f != 0) {
        return f;
      }
    }
    return isCombiningMark(c) ? 0 : c;
  }

  static boolean isCombiningMark(char c) {
    return c >= '\u0300' && c <= '\u036F';
  }

  /** Whether {@code c} folds to something else. */
  public static boolean isMarked(char c) {
    return c >= FIRST && fold(c) != c;
  }

  /** Whether any char of {@code s[0, len)} carries a mark. */
  public static boolean hasMarks(char[] s, int len) {
    for (int i = 0; i < len; i++) {
      if (s[i] >= FIRST && isMarked(s[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s[0, len)} contains a combining mark (decomposed text). */
  public static boolean hasCombiningMarks(char[] s, int len) {
    for (int i = 0; i < len; i++) {
      if (isCombiningMark(s[i])) {
        return true;
      }
    }
    return false;
  }

  /** Folds {@code in[0, len)} into {@code out}, returning the new length (at most {@code len}). */
  public static int fold(char[] in, int len, char[] out) {
    int j = 0;
    for (int i = 0; i < len; i++) {
      char f = fold(in[i]);
      if (f != 0) {
        out[j++] = f;
      }
    }
    return j;
  }

  /** The folded form of a string. */
  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    int j = 0;
    for (int i = 0; i < s.length(); i++) {
      char f = fold(s.charAt(i));
      if (f != 0) {
        out[j++] = f;
      }
    }
    return new String(out, 0, j);
  }
}
