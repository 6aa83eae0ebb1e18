package vn.pakn.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskerTest {
  @Test
  void masksPhonesEmailsAndCitizenIds() {
    assertThat(PersonalDataMasker.mask("Liên hệ 0933 456 855 hoặc +84 912.345.678, mail an.nv@gmail.com,"
        + " CCCD 001203004567"))
        .isEqualTo("Liên hệ 09xx xxx 855 hoặc 09xx xxx 678, mail [e-mail], CCCD [CCCD]");
  }

  @Test
  void leavesHouseNumbersAndAmountsAlone() {
    String text = "Nhà số 12/3 kiệt 82, phí 20.000 đồng, gọi 1022";
    assertThat(PersonalDataMasker.mask(text)).isEqualTo(text);
  }
}
