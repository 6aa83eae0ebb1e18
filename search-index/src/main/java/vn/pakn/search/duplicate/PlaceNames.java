package vn.pakn.search.duplicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.pakn.search.analysis.Syllables;

/**
 * Finds the place a report names, as folded syllable bigrams ("ham nghi", "kiet 82"), so two reports about the
 * same problem on different streets can be told apart even on a storm night when every text says "ngập sâu".
 * Three sources, all cheap and independent of any gazetteer:
 * <ul>
 *   <li>runs of two or more capitalised syllables ("Trưng Nữ Vương"), without a leading place word
 *       ("Đường", "Kiệt");</li>
 *   <li>a lane or house-number word with its number ("kiệt 82", "số 87");</li>
 *   <li>in text typed all in lower case, the two syllables after a street or lane word ("duong ham nghi").</li>
 * </ul>
 */
public final class PlaceNames {
  /** Words that introduce a place name; they are not part of it. */
  static final Set<String> PLACE_WORDS = Set.of("duong", "pho", "kiet", "hem", "ngo", "ngach", "thon", "phuong",
      "xa", "cho", "cau", "khu", "to", "so", "quan", "huyen", "ap", "xom", "ban", "nga", "tu", "ba",
      "truong", "benh", "vien", "cong", "tp", "p", "q", "d", "tai", "o", "tren", "gan", "truoc", "sau");
  /** Lane and house-number words that take a number. */
  static final Set<String> NUMBERED = Set.of("kiet", "hem", "ngo", "ngach", "so", "to", "khu", "ap");
  /** Street and lane words after which lower-case text names the street. */
  static final Set<String> STREET_WORDS = Set.of("duong", "pho", "kiet", "hem", "ngo", "ngach", "thon");

  private PlaceNames() {}

  /** Place bigrams of a normalised (NFC) text, folded and lower case, without repeats. */
  public static List<String> of(String text) {
    return of(Split.of(text));
  }

  /** Place bigrams of a text split already (the same split gives the {@link ProblemTopics}). */
  static List<String> of(Split split) {
    List<String> words = split.words();
    List<String> out = new ArrayList<>();
    int n = words.size();
    for (int i = 0; i < n; i++) {
      String w = words.get(i);
      if (i + 1 < n && NUMBERED.contains(w) && Character.isDigit(words.get(i + 1).charAt(0))) {
        add(out, w + " " + words.get(i + 1));
      }
      if (split.capital()[i] && i + 1 < n && split.capital()[i + 1] && !PLACE_WORDS.contains(w)) {
        add(out, w + " " + words.get(i + 1));
      }
      if (!split.anyUpper() && STREET_WORDS.contains(w)) {
        int j = i + 1;
        if (j < n && Character.isDigit(words.get(j).charAt(0))) {
          j++;
        }
        if (j + 1 < n && isName(words.get(j)) && isName(words.get(j + 1))) {
          add(out, words.get(j) + " " + words.get(j + 1));
        }
      }
    }
    return out;
  }

  private static boolean isName(String w) {
    return !Character.isDigit(w.charAt(0)) && !PLACE_WORDS.contains(w) && !ProblemTopics.isProblemWord(w);
  }

  private static void add(List<String> out, String bigram) {
    if (!out.contains(bigram)) {
      out.add(bigram);
    }
  }

  /**
   * A text split into folded lower case syllables ({@link Syllables#folded}), whether each began with a capital,
   * and whether any did outside a sentence start.
   */
  record Split(List<String> words, boolean[] capital, boolean anyUpper) {
    static Split of(String text) {
      List<String> words = new ArrayList<>();
      boolean[][] capital = {new boolean[16]};
      boolean[] any = {false};
      Syllables.split(text, (raw, start) -> {
        boolean cap = Character.isUpperCase(raw.charAt(0));
        any[0] |= cap && !isSentenceStart(text, start);
        if (words.size() == capital[0].length) {
          capital[0] = java.util.Arrays.copyOf(capital[0], 2 * capital[0].length);
        }
        capital[0][words.size()] = cap;
        words.add(Syllables.fold(raw));
      });
      return new Split(words, capital[0], any[0]);
    }
  }

  private static boolean isSentenceStart(String text, int pos) {
    for (int i = pos - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '.' || c == '!' || c == '?' || c == '\n';
      }
    }
    return true;
  }
}
