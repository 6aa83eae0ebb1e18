package vn.pakn.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits Vietnamese text into syllables (Vietnamese writes one syllable per space-separated word), numbers and
 * phone numbers.
 *
 * <ul>
 *   <li>{@link #WORD}: letters with their combining marks, so NFD text yields whole syllables (a stray mark
 *       with no letter before it is skipped);</li>
 *   <li>{@link #NUMBER}: a run of digits and letters that starts with or contains a digit, with inner "/", "-",
 *       "." or "," between digits kept: "12/3", "45/6/7b", "12a", "kp3", "1.000";</li>
 *   <li>{@link #PHONE}: a Vietnamese phone number however it was grouped ("0912 345 678", "0912.345.678",
 *       "+84 912 345 678", "(028) 3823 4567"), emitted as its ten or eleven national digits.</li>
 * </ul>
 * The whole input is buffered: reports are short, and phone numbers need look-ahead across spaces.
 */
public final class VietnameseTokenizer extends Tokenizer {
  public static final String WORD = "<WORD>";
  public static final String NUMBER = "<NUM>";
  public static final String PHONE = "<PHONE>";
  /** Longer tokens (pasted URLs, base64) are skipped: they never help matching. */
  public static final int DEFAULT_MAX_TOKEN_LENGTH = 64;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PhoneNumberMatcher phones = new PhoneNumberMatcher();
  private char[] buffer = new char[512];
  private int length;
  private int pos;

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (pos < length) {
      char c = buffer[pos];
      if (Character.isDigit(c) || (c == '+' && pos + 1 < length && Character.isDigit(buffer[pos + 1]))) {
        int end = phones.match(buffer, pos, length);
        if (end > 0) {
          emit(pos, end, phones.digits(), PHONE);
          pos = end;
          return true;
        }
      }
      if (Character.isLetterOrDigit(c)) {
        int start = pos;
        boolean digit = false;
        while (pos < length) {
          char d = buffer[pos];
          if (Character.isDigit(d)) {
            digit = true;
          } else if (!isWordChar(d) && !(digit && isInnerNumberPunct(d) && pos + 1 < length
              && Character.isDigit(buffer[pos + 1]) && Character.isDigit(buffer[pos - 1]))) {
            break;
          }
          pos++;
        }
        if (pos - start > DEFAULT_MAX_TOKEN_LENGTH) {
          continue;
        }
        termAtt.copyBuffer(buffer, start, pos - start);
        offsetAtt.setOffset(correctOffset(start), correctOffset(pos));
        typeAtt.setType(digit ? NUMBER : WORD);
        return true;
      }
      pos++;
    }
    return false;
  }

  private void emit(int start, int end, CharSequence term, String type) {
    termAtt.setEmpty().append(term);
    offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    typeAtt.setType(type);
  }

  static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isInnerNumberPunct(char c) {
    return c == '/' || c == '-' || c == '.' || c == ',';
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(length);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    pos = 0;
    int read;
    while ((read = input.read(buffer, length, buffer.length - length)) != -1) {
      length += read;
      if (length == buffer.length) {
        char[] bigger = new char[buffer.length * 2];
        System.arraycopy(buffer, 0, bigger, 0, length);
        buffer = bigger;
      }
    }
  }
}
