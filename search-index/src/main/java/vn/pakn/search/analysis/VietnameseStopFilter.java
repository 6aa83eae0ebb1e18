package vn.pakn.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Removes {@link VietnameseStopWords}: accented tokens by the accented list, tokens without any diacritics by
 * the (shorter) folded list. With {@code keepGaps} the removed positions stay as gaps (for phrase queries);
 * without, the next token closes up, so syllable bigrams span the removed word ("điện ở ngõ" → "điện ngõ").
 */
public final class VietnameseStopFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final CharArraySet accented;
  private final CharArraySet folded;
  private final boolean keepGaps;

  public VietnameseStopFilter(TokenStream input, CharArraySet accented, CharArraySet folded, boolean keepGaps) {
    super(input);
    this.accented = accented;
    this.folded = folded;
    this.keepGaps = keepGaps;
  }

  @Override
  public boolean incrementToken() throws IOException {
    int skipped = 0;
    while (input.incrementToken()) {
      char[] term = termAtt.buffer();
      int len = termAtt.length();
      boolean stop = accented.contains(term, 0, len)
          || (folded.contains(term, 0, len) && !VietnameseFolding.hasMarks(term, len));
      if (!stop) {
        if (keepGaps && skipped > 0) {
          posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skipped);
        }
        return true;
      }
      skipped += posIncAtt.getPositionIncrement();
    }
    return false;
  }
}
