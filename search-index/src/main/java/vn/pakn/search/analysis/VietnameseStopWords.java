package vn.pakn.search.analysis;

import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Function words that carry no meaning for matching complaints: particles, pronouns, copulas, prepositions.
 * Negation ("không", "chưa") and words that name things stay. The folded list holds only those whose folded
 * form is not also a content word: "ở" is a stop word, but "o" could be "ổ" (ổ gà, a pothole), so an unaccented
 * "o" is kept.
 */
public final class VietnameseStopWords {
  private static final Set<String> ACCENTED_WORDS = Set.of(
      "à", "ạ", "ơi", "nhé", "nhỉ", "thì", "là", "và", "của", "các", "những", "này", "đó", "kia", "ấy",
      "được", "bị", "đã", "đang", "sẽ", "rồi", "cũng", "vẫn", "với", "cho", "tại", "ở", "trong", "từ", "nên",
      "mà", "thế", "vậy", "rất", "lắm", "quá", "có", "một", "như", "để", "khi", "nếu", "vì", "nhưng", "hay",
      "hoặc", "theo", "về", "đến", "tới", "nữa", "xin", "tôi", "chúng", "em", "mình", "họ", "ông", "bà", "anh",
      "chị", "cô", "chú", "bác", "việc", "sự", "cái", "chiếc", "thôi", "luôn", "lại", "ạh");
  private static final Set<String> FOLDED_WORDS = Set.of(
      "thi", "cua", "cac", "nhung", "duoc", "dang", "cung", "van", "trong", "nhu", "neu", "hoac", "theo",
      "nua", "toi", "chung", "minh", "viec", "nhe", "nhi");

  /** Accented stop words, lower case NFC. */
  public static final CharArraySet ACCENTED = new CharArraySet(ACCENTED_WORDS, false);
  /** Stop words matched against tokens typed without any diacritics. */
  public static final CharArraySet FOLDED = new CharArraySet(FOLDED_WORDS, false);

  private VietnameseStopWords() {}
}
