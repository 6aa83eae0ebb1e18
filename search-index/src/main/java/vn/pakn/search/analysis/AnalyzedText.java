package vn.pakn.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A normalised text analysed once by the {@link VietnameseAnalyzer.Options#SEARCH search chain}, with both
 * things indexing needs from it: the search tokens (replayed into the title and text fields instead of analysing
 * the text again) and the folded syllables the similarity terms are made of. The folded syllables are what the
 * {@link VietnameseAnalyzer.Options#FOLDED_BIGRAMS} chain emits before its bigrams: each search position's
 * syllable folded, without the stacked address forms (both chains remove the same stop words).
 *
 * @param terms search tokens in order (accented syllable, its folded form and address forms stacked)
 * @param increments position increment of each search token (0 for a stacked one: BM25's length ignores them)
 * @param syllables folded syllables, one per search position, stop words removed
 */
public record AnalyzedText(List<String> terms, int[] increments, List<String> syllables) {
  private static final VietnameseAnalyzer SEARCH = new VietnameseAnalyzer(VietnameseAnalyzer.Options.SEARCH);

  public static final AnalyzedText EMPTY = new AnalyzedText(List.of(), new int[0], List.of());

  /** Analyses {@code text} (normalised by {@link VietnameseTextNormalizer}; null or blank gives no tokens). */
  public static AnalyzedText of(String text) {
    if (text == null || text.isBlank()) {
      return EMPTY;
    }
    List<String> terms = new ArrayList<>();
    int[] increments = new int[16];
    List<String> syllables = new ArrayList<>();
    try (TokenStream ts = SEARCH.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        int inc = increment.getPositionIncrement();
        if (terms.size() == increments.length) {
          increments = Arrays.copyOf(increments, increments.length * 2);
        }
        increments[terms.size()] = inc;
        terms.add(t);
        if (inc > 0) {
          syllables.add(t);
        } else if (!AddressFormFilter.ADDRESS.equals(type.type())) {
          // the folded form stacked on an accented syllable: the similarity chain keeps only this one
          syllables.set(syllables.size() - 1, t);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AnalyzedText(Collections.unmodifiableList(terms), Arrays.copyOf(increments, terms.size()),
        Collections.unmodifiableList(syllables));
  }
}
