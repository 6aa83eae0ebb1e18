package vn.pakn.search.analysis;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings each (lower case) token to NFC and one tone-mark placement, so "mất" typed on a Mac (NFD) and "hoà"
 * typed in the new style match "mất" and "hòa". Put it after lower-casing.
 */
public final class VietnameseNormalizationFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

  public VietnameseNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (VietnameseFolding.hasCombiningMarks(termAtt.buffer(), termAtt.length())) {
      String nfc = Normalizer.normalize(termAtt, Normalizer.Form.NFC);
      termAtt.setEmpty().append(nfc);
    }
    ToneMarks.canonicalize(termAtt.buffer(), termAtt.length());
    return true;
  }
}
