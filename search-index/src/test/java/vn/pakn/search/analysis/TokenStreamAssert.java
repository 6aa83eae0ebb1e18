package vn.pakn.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * JUnit 5 counterparts of Lucene's BaseTokenStreamTestCase helpers: the analysed tokens with their position
 * increments, types and offsets, and a random-text check of the token stream contract.
 */
final class TokenStreamAssert {
  private TokenStreamAssert() {}

  /** One analysed token. */
  record Token(String term, int posInc, String type, int start, int end) {}

  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Token(term.toString(), posInc.getPositionIncrement(), type.type(), offset.startOffset(),
            offset.endOffset()));
      }
      ts.end();
      assertThat(offset.endOffset()).as("final offset").isEqualTo(text.length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static List<String> terms(Analyzer analyzer, String text) {
    return tokens(analyzer, text).stream().map(Token::term).toList();
  }

  static void assertAnalyzesTo(Analyzer analyzer, String text, String[] terms, int[] posIncs) {
    List<Token> tokens = tokens(analyzer, text);
    assertThat(tokens).extracting(Token::term).containsExactly(terms);
    if (posIncs != null) {
      assertThat(tokens).extracting(Token::posInc).containsExactly(box(posIncs));
    }
  }

  private static Integer[] box(int[] a) {
    Integer[] out = new Integer[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }

  /**
   * Random Vietnamese-ish text (letters with marks, NFD marks, digits, punctuation, spaces) must analyse
   * without error, with offsets inside the text, start offsets never going back, and no empty terms; the
   * same text twice must give the same tokens (state is reset between uses).
   */
  static void checkRandomData(Analyzer analyzer, long seed, int iterations) {
    String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
        + "ĐÀÁẢ0123456789    ,./-+()\u0300\u0301\u0303\u0309\u0323\u00a0\n!?";
    Random random = new Random(seed);
    for (int i = 0; i < iterations; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(120);
      for (int j = 0; j < len; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      List<Token> tokens = tokens(analyzer, text);
      int lastStart = 0;
      for (Token t : tokens) {
        assertThat(t.term()).as("term in %s", text).isNotEmpty();
        assertThat(t.start()).as("start offset in %s", text).isGreaterThanOrEqualTo(lastStart);
        assertThat(t.end()).as("end offset in %s", text).isBetween(t.start(), text.length());
        assertThat(t.posInc()).isGreaterThanOrEqualTo(0);
        lastStart = t.start();
      }
      assertThat(tokens(analyzer, text)).isEqualTo(tokens);
    }
  }
}
