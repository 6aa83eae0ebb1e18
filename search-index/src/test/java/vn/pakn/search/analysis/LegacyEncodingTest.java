package vn.pakn.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class LegacyEncodingTest {
  private static final String UNICODE = "Mất điện ở ngõ 12 đường Nguyễn Trãi, đề nghị xử lý";
  /** The same sentence in TCVN3 (ABC) bytes, read as Latin-1 as a pasted .VnTime document arrives. */
  private static final String TCVN3 = "M\u00cat \u00aei\u00d6n \u00eb ng\u00e2 12 \u00ae\u00ad\u00eang Nguy\u00d4n"
      + " Tr\u00b7i, \u00ae\u00d2 ngh\u00de x\u00f6 l\u00fd";
  /** The same sentence in VNI-Windows: base letters followed by mark codes. */
  private static final String VNI = "Maát ñieän ôû ngoõ 12 ñöôøng Nguyeãn Traõi, ñeà nghò xöû lyù";

  @Test
  void detectsAndDecodesTcvn3() {
    assertThat(LegacyEncodingDetector.detect(TCVN3)).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(VietnameseTextNormalizer.normalize(TCVN3)).isEqualTo(UNICODE);
  }

  @Test
  void detectsAndDecodesVni() {
    assertThat(LegacyEncodingDetector.detect(VNI)).isEqualTo(LegacyEncoding.VNI);
    assertThat(VietnameseTextNormalizer.normalize(VNI)).isEqualTo(UNICODE);
  }

  @Test
  void leavesUnicodeAndPlainTextAlone() {
    for (String text : new String[] {UNICODE, "mat dien o ngo 12", "Nhiệt độ 30°C, cà phê Müller ở Hòa Khánh",
        "Tiền điện tháng 10 là 1.250.000 đồng", "thuê nhà ở quê, hoá đơn điện"}) {
      assertThat(LegacyEncodingDetector.detect(text)).as(text).isEqualTo(LegacyEncoding.UNICODE);
      assertThat(VietnameseTextNormalizer.normalize(text)).isEqualTo(text);
    }
  }

  @Test
  void normalizerComposesDecomposedTextAndCollapsesSpace() {
    String nfd = Normalizer.normalize(UNICODE, Normalizer.Form.NFD);
    assertThat(VietnameseTextNormalizer.normalize("  " + nfd.replace(" ", " \u00a0\t") + "\n"))
        .isEqualTo(UNICODE);
  }

  @Test
  void foldsEveryVietnameseLetter() {
    assertThat(VietnameseFolding.fold("Đường Ấp Bắc, Ỷ Lan, ưu tiên, quỹ đất"))
        .isEqualTo("Duong Ap Bac, Y Lan, uu tien, quy dat");
    assertThat(VietnameseFolding.fold(Normalizer.normalize("Nguyễn Trãi", Normalizer.Form.NFD)))
        .isEqualTo("Nguyen Trai");
  }
}
