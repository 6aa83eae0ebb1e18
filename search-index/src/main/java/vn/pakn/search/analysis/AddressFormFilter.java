package vn.pakn.search.analysis;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Keeps an address form together: after a number that follows a house-number or lane word (số, ngõ, ngách,
 * hẻm, kiệt, tổ, khu phố / kp) it adds, at the same position, one token "ngo_12" that names the lane, so "ngõ
 * 12" does not match "số 12" or "tổ 12". The marker is folded, so accents do not matter. Put it after
 * lower-casing and before stop-word removal.
 */
public final class AddressFormFilter extends TokenFilter {
  public static final String ADDRESS = "<ADDRESS>";
  /** Folded words that introduce a house number, lane or neighbourhood group. */
  public static final Set<String> MARKERS = Set.of("so", "ngo", "ngach", "hem", "kiet", "to", "kp", "khu pho");

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private String previous = "";
  private String beforePrevious = "";
  private AttributeSource.State pending;
  private String pendingTerm;

  public AddressFormFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      termAtt.setEmpty().append(pendingTerm);
      typeAtt.setType(ADDRESS);
      posIncAtt.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    String current = VietnameseFolding.fold(termAtt);
    if (VietnameseTokenizer.NUMBER.equals(typeAtt.type()) && Character.isDigit(termAtt.charAt(0))) {
      String marker = MARKERS.contains(beforePrevious + " " + previous) ? beforePrevious + "_" + previous
          : MARKERS.contains(previous) ? previous : null;
      if (marker != null) {
        pendingTerm = marker + "_" + current;
        pending = captureState();
      }
    }
    beforePrevious = previous;
    previous = current;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    previous = "";
    beforePrevious = "";
    pending = null;
  }
}
