package vn.pakn.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A light split of text into syllables (runs of letters and digits), for lexicon look-ups outside Lucene. */
public final class Syllables {
  private Syllables() {}

  /** Receives each syllable as written and where it starts. */
  @FunctionalInterface
  public interface Visitor {
    void visit(String syllable, int start);
  }

  public static void split(String text, Visitor visitor) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean part = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        visitor.visit(text.substring(start, i), start);
        start = -1;
      }
    }
  }

  /** Folded, lower case syllables. */
  public static List<String> folded(String text) {
    List<String> out = new ArrayList<>();
    split(text, (s, start) -> out.add(fold(s)));
    return out;
  }

  /** One syllable folded and lower-cased. */
  public static String fold(String syllable) {
    return VietnameseFolding.fold(syllable).toLowerCase(Locale.ROOT);
  }
}
