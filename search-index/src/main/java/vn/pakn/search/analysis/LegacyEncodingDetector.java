package vn.pakn.search.analysis;

/**
 * Tells proper Unicode Vietnamese from TCVN3 and VNI text by counting code points that real Vietnamese never
 * uses ("¸", "µ", "ø", "ï"…) and, for VNI, vowel + mark-code pairs. Unicode text wins whenever it contains
 * letters that only Unicode has (ă, đ, ơ, ư and the Latin Extended Additional block), so correct text is never
 * "repaired".
 */
public final class LegacyEncodingDetector {
  /**
   * Least share of suspicious code points among the letters before text counts as legacy encoded; a stray "°"
   * or "ü" in a long Unicode text stays below it.
   */
  public static final double DEFAULT_MIN_SHARE = 0.02;
  /** Least number of suspicious code points before text counts as legacy encoded. */
  public static final int DEFAULT_MIN_COUNT = 2;

  private LegacyEncodingDetector() {}

  /** The encoding that best explains {@code text}. */
  public static LegacyEncoding detect(String text) {
    int letters = 0;
    int unicodeOnly = 0;
    int tcvn = 0;
    int vni = 0;
    char prev = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (Character.isLetter(c)) {
          letters++;
        }
        prev = c;
        continue;
      }
      letters++;
      if (c >= '\u0100') {
        if (isUnicodeVietnamese(c)) {
          unicodeOnly++;
        }
      } else {
        if (isTcvn3Only(c)) {
          tcvn++;
        }
        if (isVniOnly(c) || (isVniToneAfterVowel(c) && VniDecoder.isBaseVowel(prev))) {
          vni++;
        }
      }
      prev = c;
    }
    int legacy = Math.max(tcvn, vni);
    if (legacy < DEFAULT_MIN_COUNT || legacy < DEFAULT_MIN_SHARE * letters || legacy <= unicodeOnly) {
      return LegacyEncoding.UNICODE;
    }
    return tcvn >= vni ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI;
  }

  /** Detects and decodes in one step. */
  public static String toUnicode(String text) {
    return detect(text).decode(text);
  }

  private static boolean isUnicodeVietnamese(char c) {
    return c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ' || c == 'ư' || c == 'Ư'
        || c == 'ĩ' || c == 'Ĩ' || c == 'ũ' || c == 'Ũ' || (c >= '\u1EA0' && c <= '\u1EF9');
  }

  /** TCVN3 letter codes that are symbols or non-Vietnamese letters in Latin-1. */
  private static boolean isTcvn3Only(char c) {
    return Tcvn3Decoder.letter(c) != 0 && !isVietnameseLatin1Letter(c);
  }

  /** VNI letter or mark codes that Vietnamese written in Unicode never contains. */
  private static boolean isVniOnly(char c) {
    return "øûïåäüëæîñöØÛÏÅÄÜËÆÎÑÖ".indexOf(c) >= 0;
  }

  /** VNI tone codes that, right after a vowel, do not occur in Unicode Vietnamese ("aù", "eõ", "aú"). */
  private static boolean isVniToneAfterVowel(char c) {
    return "ùõúÙÕÚ".indexOf(c) >= 0;
  }

  /** Latin-1 letters that Unicode Vietnamese uses. */
  private static boolean isVietnameseLatin1Letter(char c) {
    return "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".indexOf(c) >= 0;
  }
}
