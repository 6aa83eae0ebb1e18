package vn.pakn.search.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replays terms that were analysed once already, so a report's text is not analysed twice at indexing. */
final class TermsTokenStream extends TokenStream {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final List<String> terms;
  private int next;

  TermsTokenStream(List<String> terms) {
    this.terms = terms;
  }

  @Override
  public boolean incrementToken() {
    if (next >= terms.size()) {
      return false;
    }
    clearAttributes();
    termAtt.setEmpty().append(terms.get(next++));
    return true;
  }

  @Override
  public void reset() {
    next = 0;
  }
}
