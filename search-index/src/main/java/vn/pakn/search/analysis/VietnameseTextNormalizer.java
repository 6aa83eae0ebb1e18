package vn.pakn.search.analysis;

import java.text.Normalizer;

/**
 * Brings text from any channel to one form before analysis: legacy TCVN3/VNI text decoded, Unicode NFC (macOS
 * and some phones send NFD), and runs of white space (including no-break space) collapsed to one space. The
 * original is for the database to keep; this form is what the index stores and analyses.
 */
public final class VietnameseTextNormalizer {
  private VietnameseTextNormalizer() {}

  /** The normalised text; {@code null} becomes the empty string. */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String decoded = LegacyEncodingDetector.toUnicode(text);
    String nfc = Normalizer.isNormalized(decoded, Normalizer.Form.NFC)
        ? decoded : Normalizer.normalize(decoded, Normalizer.Form.NFC);
    return collapseSpace(nfc);
  }

  private static String collapseSpace(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
