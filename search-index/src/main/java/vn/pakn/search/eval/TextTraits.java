package vn.pakn.search.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Hard-case slices a report's own text falls into, for the per-slice figures of the replay: written
 * without diacritics, decomposed (NFD), pasted from a legacy 8-bit encoding (TCVN3/ABC, VNI), short.
 */
final class TextTraits {

  /** Texts shorter than this many characters are "short". */
  static final int SHORT_BELOW = 40;

  private TextTraits() {
  }

  static List<String> of(String text) {
    List<String> tags = new ArrayList<>(2);
    boolean ascii = true;
    boolean letters = false;
    boolean vietnamese = false;
    int latin1 = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        ascii = false;
      }
      if (Character.isLetter(c)) {
        letters = true;
      }
      if (isVietnameseOnly(c)) {
        vietnamese = true;
      } else if (c >= 0xA0 && c <= 0xFF) {
        latin1++;
      }
    }
    if (ascii && letters) {
      tags.add("no_diacritics");
    }
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      tags.add("nfd");
    } else if (!vietnamese && latin1 >= 3) {
      tags.add("legacy_encoding");
    }
    if (text.strip().length() < SHORT_BELOW) {
      tags.add("short");
    }
    return tags;
  }

  /** Letters a Vietnamese Unicode text has and a Latin-1 (or TCVN3/VNI mojibake) text never has. */
  private static boolean isVietnameseOnly(char c) {
    return (c >= '\u1EA0' && c <= '\u1EF9') || c == 'ă' || c == 'Ă' || c == 'đ' || c == 'Đ' || c == 'ơ' || c == 'Ơ'
        || c == 'ư' || c == 'Ư' || c == 'ĩ' || c == 'Ĩ' || c == 'ũ' || c == 'Ũ';
  }
}
