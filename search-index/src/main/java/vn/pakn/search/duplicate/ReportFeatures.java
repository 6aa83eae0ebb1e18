package vn.pakn.search.duplicate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import vn.pakn.search.analysis.VietnameseAnalyzer;

/**
 * What the duplicate finder compares, computed once per report from its normalised title and text: folded
 * syllables and syllable bigrams (the terms of the index's similarity field), a sketch of those word features,
 * a sketch of character trigrams over the folded text (which survive typos and split or joined syllables), and
 * the problem topics.
 *
 * @param terms folded syllables then bigrams, in text order, with repeats
 * @param words sketch of the distinct syllables and bigrams
 * @param trigrams sketch of the character trigrams
 * @param topics {@link ProblemTopics} bit set
 * @param places hashes of the {@link PlaceNames} bigrams, ascending
 */
public record ReportFeatures(List<String> terms, Sketch words, Sketch trigrams, long topics, int[] places) {
  /** Sketch size for syllables and bigrams; a typical report has fewer, so most are compared exactly. */
  public static final int DEFAULT_WORD_SKETCH = 96;
  /** Sketch size for character trigrams. */
  public static final int DEFAULT_TRIGRAM_SKETCH = 64;
  /** Most place bigrams kept: a report names one or two places; more are lists of landmarks. */
  public static final int DEFAULT_MAX_PLACES = 8;

  private static final VietnameseAnalyzer ANALYZER = new VietnameseAnalyzer(VietnameseAnalyzer.Options.FOLDED_BIGRAMS);

  /** Features of a report; {@code title} may be null. Text must be normalised already. */
  public static ReportFeatures of(String title, String text) {
    String all = title == null || title.isBlank() ? text : title + " . " + text;
    List<String> terms = new ArrayList<>();
    List<String> unigrams = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream("", all)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        terms.add(t);
        if (!VietnameseAnalyzer.BIGRAM.equals(type.type())) {
          unigrams.add(t);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] wordHashes = new int[terms.size()];
    for (int i = 0; i < terms.size(); i++) {
      wordHashes[i] = hash(terms.get(i));
    }
    List<String> placeNames = PlaceNames.of(all);
    int[] places = new int[Math.min(placeNames.size(), DEFAULT_MAX_PLACES)];
    for (int i = 0; i < places.length; i++) {
      places[i] = hash(placeNames.get(i));
    }
    java.util.Arrays.sort(places);
    return new ReportFeatures(terms, Sketch.of(wordHashes, wordHashes.length, DEFAULT_WORD_SKETCH),
        trigramSketch(unigrams), ProblemTopics.ofText(all), places);
  }

  /** The hash of a similarity term, as used in the word sketch. */
  public static int hash(String term) {
    return Hashing.mix(term.hashCode());
  }

  private static Sketch trigramSketch(List<String> unigrams) {
    String joined = " " + String.join(" ", unigrams) + " ";
    int n = Math.max(0, joined.length() - 2);
    int[] hashes = new int[n];
    for (int i = 0; i < n; i++) {
      hashes[i] = Hashing.mix((joined.charAt(i) * 31 + joined.charAt(i + 1)) * 31 + joined.charAt(i + 2));
    }
    return Sketch.of(hashes, n, DEFAULT_TRIGRAM_SKETCH);
  }
}
