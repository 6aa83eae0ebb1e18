package vn.pakn.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.search.analysis.TokenStreamAssert.assertAnalyzesTo;
import static vn.pakn.search.analysis.TokenStreamAssert.terms;
import static vn.pakn.search.analysis.TokenStreamAssert.tokens;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {
  private final VietnameseAnalyzer search = new VietnameseAnalyzer(VietnameseAnalyzer.Options.SEARCH);
  private final VietnameseAnalyzer bigrams = new VietnameseAnalyzer(VietnameseAnalyzer.Options.FOLDED_BIGRAMS);

  @Test
  void keepsFoldedFormBesideAccentedSyllable() {
    assertAnalyzesTo(search, "Mất Điện", new String[] {"mất", "mat", "điện", "dien"}, new int[] {1, 0, 1, 0});
  }

  @Test
  void unaccentedQueryTermsAreAmongTheAccentedTextsTerms() {
    assertThat(terms(search, "mất điện ở ngõ 12")).containsAll(terms(search, "mat dien ngo 12"));
  }

  @Test
  void decomposedTextAnalysesLikeComposed() {
    String nfc = "Mất điện ở ngõ 12, đường Nguyễn Trãi";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    assertThat(terms(search, nfd)).isEqualTo(terms(search, nfc));
    assertThat(terms(bigrams, nfd)).isEqualTo(terms(bigrams, nfc));
  }

  @Test
  void bothToneMarkConventionsGiveOneTerm() {
    assertThat(terms(search, "hoà thuỷ khoẻ")).isEqualTo(terms(search, "hòa thủy khỏe"));
    assertThat(terms(search, "quý")).containsExactly("quý", "quy");
  }

  @Test
  void removesStopWordsButKeepsTheirGapForPhrases() {
    assertAnalyzesTo(search, "điện ở ngõ", new String[] {"điện", "dien", "ngõ", "ngo"}, new int[] {1, 0, 2, 0});
  }

  @Test
  void keepsUnaccentedSyllablesThatCouldBeContentWords() {
    // "o" may be "ổ" (ổ gà, a pothole): only unambiguous folded stop words go
    assertThat(terms(search, "o ga cua nha")).containsExactly("o", "ga", "nha");
  }

  @Test
  void keepsHouseNumbersAndLanesTogether() {
    assertThat(tokens(search, "số 12/3 hẻm 45/6/7B, ngách 5 kiệt 82 tổ 14 khu phố 3"))
        .extracting(TokenStreamAssert.Token::term)
        .contains("12/3", "so_12/3", "45/6/7b", "hem_45/6/7b", "ngach_5", "kiet_82", "to_14", "khu_pho_3")
        .doesNotContain("12", "45");
  }

  @Test
  void addressTokenSitsOnTheNumbersPosition() {
    assertAnalyzesTo(search, "ngõ 12", new String[] {"ngõ", "ngo", "12", "ngo_12"}, new int[] {1, 0, 1, 0});
  }

  @Test
  void keepsPhoneNumbersWhateverTheGrouping() {
    assertThat(tokens(search, "gọi 0912 345 678, 0912.345.679, +84 912-345-670 hoặc (028) 3823 4567"))
        .filteredOn(t -> t.type().equals(VietnameseTokenizer.PHONE))
        .extracting(TokenStreamAssert.Token::term)
        .containsExactly("0912345678", "0912345679", "0912345670", "02838234567");
  }

  @Test
  void doesNotTakeOtherNumbersForPhones() {
    assertThat(tokens(search, "số 12 3456 lúc 1022 ngày 12.000.000 đồng"))
        .noneMatch(t -> t.type().equals(VietnameseTokenizer.PHONE));
  }

  @Test
  void phoneOffsetsCoverTheWrittenNumber() {
    TokenStreamAssert.Token phone = tokens(search, "sdt 0912 345 678 nhé").stream()
        .filter(t -> t.type().equals(VietnameseTokenizer.PHONE)).findFirst().orElseThrow();
    assertThat(phone.start()).isEqualTo(4);
    assertThat(phone.end()).isEqualTo(16);
  }

  @Test
  void makesFoldedSyllableBigramsAcrossRemovedStopWords() {
    assertThat(terms(bigrams, "Mất điện ở ngõ 12"))
        .containsExactly("mat", "mat dien", "dien", "dien ngo", "ngo", "ngo 12", "12");
  }

  @Test
  void normalizesQueryTermsLikeIndexedOnes() {
    assertThat(search.normalize("f", "HOÀ").utf8ToString()).isEqualTo("hòa");
  }

  @Test
  void survivesRandomText() {
    TokenStreamAssert.checkRandomData(search, 42, 500);
    TokenStreamAssert.checkRandomData(bigrams, 43, 500);
  }
}
