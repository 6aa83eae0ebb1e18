package vn.pakn.search.analysis;

/** Maps TCVN3 (TCVN 5712, as read in Latin-1) code points to Unicode letters. */
final class Tcvn3Decoder {
  private static final char FIRST = '\u00A1';
  /**
   * Letters for the codes 0xA1..0xFE in order; '_' marks the five codes of stand-alone tone marks (0xB0..0xB4),
   * which are left alone because "°" is far more often a degree sign.
   */
  private static final String LETTERS = ""
      + "ĂÂÊÔƠƯĐăâêôơưđẰ_" // 0xA1
      + "____àảãáạẲằẳẵắẴẮ" // 0xB1
      + "ẦẨẪẤỀặầẩẫấậèỂẻẽé" // 0xC1
      + "ẹềểễếệìỉỄẾỒĩíịòỔ" // 0xD1
      + "ỏõóọồổỗốộờởỡớợùỖ" // 0xE1
      + "ủũúụừửữứựỳỷỹýỵ"; // 0xF1

  private Tcvn3Decoder() {}

  /** The Unicode letter for a TCVN3 code, or 0 when {@code c} is not one. */
  static char letter(char c) {
    if (c < FIRST || c > '\u00FE') {
      return 0;
    }
    char u = LETTERS.charAt(c - FIRST);
    return u == '_' ? 0 : u;
  }

  static String decode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char u = letter(c);
      out.append(u == 0 ? c : u);
    }
    return out.toString();
  }
}
