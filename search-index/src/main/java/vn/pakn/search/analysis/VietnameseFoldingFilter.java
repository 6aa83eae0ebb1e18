package vn.pakn.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Folds Vietnamese diacritics with {@link VietnameseFolding}. With {@code preserveOriginal} an accented token
 * is kept and its folded form follows at the same position, so "mất" matches both "mất" and "mat", while an
 * accented query still prefers accented text.
 */
public final class VietnameseFoldingFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final boolean preserveOriginal;
  private AttributeSource.State pending;
  private char[] folded = new char[32];
  private int foldedLength;

  public VietnameseFoldingFilter(TokenStream input, boolean preserveOriginal) {
    super(input);
    this.preserveOriginal = preserveOriginal;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      termAtt.copyBuffer(folded, 0, foldedLength);
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    int len = termAtt.length();
    if (!VietnameseFolding.hasMarks(termAtt.buffer(), len)) {
      return true;
    }
    if (folded.length < len) {
      folded = new char[len];
    }
    foldedLength = VietnameseFolding.fold(termAtt.buffer(), len, folded);
    if (foldedLength == 0) {
      return true;
    }
    if (preserveOriginal) {
      pending = captureState();
    } else {
      termAtt.copyBuffer(folded, 0, foldedLength);
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
