package vn.pakn.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextTraitsTest {

  @Test
  void tagsTheHardCasesOfAReportText() {
    assertThat(TextTraits.of("Mất điện ở ngõ 12 Lê Lợi từ 7 giờ tối, cả dãy nhà không có điện")).isEmpty();
    assertThat(TextTraits.of("mat dien o ngo 12 le loi tu 19h, ca day nha")).containsExactly("no_diacritics");
    assertThat(TextTraits.of(Normalizer.normalize("Mất điện ở ngõ 12 Lê Lợi từ 7 giờ tối, cả dãy", Normalizer.Form.NFD)))
        .containsExactly("nfd");
    assertThat(TextTraits.of("KÝnh göi C«ng ty Tho¸t n\u00adíc vµ Xö lý n\u00adíc th¶i, ph\u00adêng Phó Lîi"))
        .containsExactly("legacy_encoding");
    assertThat(TextTraits.of("Kieán nghò di dôøi truï ñieän naèm giöõa loái ñi kieät 5")).containsExactly("legacy_encoding");
    assertThat(TextTraits.of("Ngập. Hàm Nghi.")).containsExactly("short");
    assertThat(TextTraits.of("ngap ham nghi")).containsExactly("no_diacritics", "short");
    assertThat(TextTraits.of("Café Hà Nội: bánh mì")).as("real Vietnamese with Latin-1 letters").containsExactly("short");
  }
}
