package vn.pakn.search.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.pakn.search.analysis.AnalyzedText;
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

  /** Features of a report; {@code title} may be null. Text must be normalised already. */
  public static ReportFeatures of(String title, String text) {
    return of(title, AnalyzedText.of(title), text, AnalyzedText.of(text));
  }

  /**
   * Features of a report whose title and text are analysed already: indexing analyses each once, for the search
   * fields and for these features. The terms are what {@link VietnameseAnalyzer.Options#FOLDED_BIGRAMS} gives
   * for {@code title + " . " + text}: each folded syllable followed by its bigram with the next one (the last
   * syllable of the title pairs with the first of the text).
   */
  public static ReportFeatures of(String title, AnalyzedText analyzedTitle, String text, AnalyzedText analyzedText) {
    String all = title == null || title.isBlank() ? text : title + " . " + text;
    List<String> unigrams = new ArrayList<>(analyzedTitle.syllables().size() + analyzedText.syllables().size());
    unigrams.addAll(analyzedTitle.syllables());
    unigrams.addAll(analyzedText.syllables());
    int n = unigrams.size();
    List<String> terms = new ArrayList<>(Math.max(0, 2 * n - 1));
    int[] wordHashes = new int[Math.max(0, 2 * n - 1)];
    for (int i = 0; i < n; i++) {
      String unigram = unigrams.get(i);
      wordHashes[terms.size()] = hash(unigram);
      terms.add(unigram);
      if (i + 1 < n) {
        String bigram = unigram + ' ' + unigrams.get(i + 1);
        wordHashes[terms.size()] = hash(bigram);
        terms.add(bigram);
      }
    }
    // places and topics look at the text as written (capitals, every syllable): one split serves both
    PlaceNames.Split split = PlaceNames.Split.of(all);
    List<String> placeNames = PlaceNames.of(split);
    int[] places = new int[Math.min(placeNames.size(), DEFAULT_MAX_PLACES)];
    for (int i = 0; i < places.length; i++) {
      places[i] = hash(placeNames.get(i));
    }
    Arrays.sort(places);
    return new ReportFeatures(terms, Sketch.of(wordHashes, wordHashes.length, DEFAULT_WORD_SKETCH),
        trigramSketch(unigrams), ProblemTopics.of(split.words()), places);
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
