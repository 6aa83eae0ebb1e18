package vn.pakn.search.analysis;

import java.text.Normalizer;

/**
 * Decodes VNI-Windows text read as Latin-1: some letters have their own code ("ô" is ơ, "ö" is ư, "ñ" is đ,
 * "í ì æ ó ò" are i with a tone, "î" is ỵ) and the others are a base vowel followed by a mark code that adds a
 * tone, a circumflex or a breve, or both ("aù" = á, "aá" = ấ, "aé" = ắ).
 */
final class VniDecoder {
  private static final char GRAVE = '\u0300';
  private static final char ACUTE = '\u0301';
  private static final char TILDE = '\u0303';
  private static final char BREVE = '\u0306';
  private static final char HOOK = '\u0309';
  private static final char DOT = '\u0323';
  private static final char CIRCUMFLEX = '\u0302';

  private VniDecoder() {}

  /** The letter a stand-alone VNI code stands for, or 0. */
  static char letter(char c) {
    return switch (c) {
      case 'ô' -> 'ơ';
      case 'Ô' -> 'Ơ';
      case 'ö' -> 'ư';
      case 'Ö' -> 'Ư';
      case 'ñ' -> 'đ';
      case 'Ñ' -> 'Đ';
      case 'í' -> 'í';
      case 'Í' -> 'Í';
      case 'ì' -> 'ì';
      case 'Ì' -> 'Ì';
      case 'æ' -> 'ỉ';
      case 'Æ' -> 'Ỉ';
      case 'ó' -> 'ĩ';
      case 'Ó' -> 'Ĩ';
      case 'ò' -> 'ị';
      case 'Ò' -> 'Ị';
      case 'î' -> 'ỵ';
      case 'Î' -> 'Ỵ';
      default -> 0;
    };
  }

  /** The combining marks a VNI mark code adds to the vowel before it, or null when {@code c} is not one. */
  static String marks(char c) {
    return switch (Character.toLowerCase(c)) {
      case 'ù' -> "" + ACUTE;
      case 'ø' -> "" + GRAVE;
      case 'û' -> "" + HOOK;
      case 'õ' -> "" + TILDE;
      case 'ï' -> "" + DOT;
      case 'â' -> "" + CIRCUMFLEX;
      case 'á' -> "" + CIRCUMFLEX + ACUTE;
      case 'à' -> "" + CIRCUMFLEX + GRAVE;
      case 'å' -> "" + CIRCUMFLEX + HOOK;
      case 'ã' -> "" + CIRCUMFLEX + TILDE;
      case 'ä' -> "" + CIRCUMFLEX + DOT;
      case 'ê' -> "" + BREVE;
      case 'é' -> "" + BREVE + ACUTE;
      case 'è' -> "" + BREVE + GRAVE;
      case 'ú' -> "" + BREVE + HOOK;
      case 'ü' -> "" + BREVE + TILDE;
      case 'ë' -> "" + BREVE + DOT;
      default -> null;
    };
  }

  static boolean isBaseVowel(char c) {
    return "aeiouyAEIOUYơưƠƯ".indexOf(c) >= 0;
  }

  static String decode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char single = letter(c);
      if (single != 0) {
        out.append(single);
        continue;
      }
      String marks = i > 0 && out.length() > 0 && isBaseVowel(out.charAt(out.length() - 1)) ? marks(c) : null;
      if (marks != null) {
        out.append(marks);
      } else {
        out.append(c);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }
}
