package vn.pakn.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * Analyzer for Vietnamese complaint text. Expects text already passed through
 * {@link VietnameseTextNormalizer} for legacy encodings; NFD and tone-mark placement are handled per token.
 *
 * <p>Chain: {@link VietnameseTokenizer} → lower case → {@link VietnameseNormalizationFilter} (NFC, tone marks;
 * after lower-casing because it works on lower case letters) → {@link AddressFormFilter} (before stop words,
 * which could sit between marker and number) → {@link VietnameseStopFilter} → {@link VietnameseFoldingFilter}
 * → optional syllable bigrams ({@link ShingleFilter}, last, so bigrams are made of folded syllables).
 */
public final class VietnameseAnalyzer extends Analyzer {
  /** What the analyzer emits. */
  public record Options(boolean keepAccented, boolean addressForms, boolean stopWords, boolean bigrams) {
    /** For full-text search and highlighting: accented and folded syllables stacked, address forms, stop words out. */
    public static final Options SEARCH = new Options(true, true, true, false);
    /** For similarity: folded syllables and their bigrams, no gaps. */
    public static final Options FOLDED_BIGRAMS = new Options(false, false, true, true);
    /** Folded syllables only. */
    public static final Options FOLDED = new Options(false, true, true, false);

    public Options {
      if (bigrams && keepAccented) {
        throw new IllegalArgumentException("bigrams are made of folded syllables: keepAccented must be false");
      }
    }
  }

  /** Type of a bigram token, as set by {@link ShingleFilter}. */
  public static final String BIGRAM = "shingle";

  private final Options options;

  public VietnameseAnalyzer(Options options) {
    this.options = options;
  }

  public Options options() {
    return options;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new VietnameseTokenizer();
    TokenStream ts = new LowerCaseFilter(source);
    ts = new VietnameseNormalizationFilter(ts);
    if (options.addressForms()) {
      ts = new AddressFormFilter(ts);
    }
    if (options.stopWords()) {
      ts = new VietnameseStopFilter(ts, VietnameseStopWords.ACCENTED, VietnameseStopWords.FOLDED, !options.bigrams());
    }
    ts = new VietnameseFoldingFilter(ts, options.keepAccented());
    if (options.bigrams()) {
      ShingleFilter shingles = new ShingleFilter(ts, 2, 2);
      shingles.setTokenSeparator(" ");
      ts = shingles;
    }
    return new TokenStreamComponents(source, ts);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new VietnameseNormalizationFilter(new LowerCaseFilter(in));
  }
}
