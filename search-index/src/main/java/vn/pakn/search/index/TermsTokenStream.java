package vn.pakn.search.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import vn.pakn.search.analysis.AnalyzedText;

/**
 * Replays terms that were analysed once already, so a report's text is not analysed twice at indexing. Position
 * increments are replayed too: the fields keep no positions, but BM25's field length does not count stacked
 * (increment 0) terms, so the norms stay what analysing the text would give.
 */
final class TermsTokenStream extends TokenStream {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute incrementAtt = addAttribute(PositionIncrementAttribute.class);
  private final List<String> terms;
  /** Null when every increment is 1. */
  private final int[] increments;
  private int next;

  /** Terms one position apart. */
  TermsTokenStream(List<String> terms) {
    this(terms, null);
  }

  /** The search tokens of an analysed text. */
  TermsTokenStream(AnalyzedText text) {
    this(text.terms(), text.increments());
  }

  private TermsTokenStream(List<String> terms, int[] increments) {
    this.terms = terms;
    this.increments = increments;
  }

  @Override
  public boolean incrementToken() {
    if (next >= terms.size()) {
      return false;
    }
    clearAttributes();
    if (increments != null) {
      incrementAtt.setPositionIncrement(increments[next]);
    }
    termAtt.setEmpty().append(terms.get(next++));
    return true;
  }

  @Override
  public void reset() {
    next = 0;
  }
}
