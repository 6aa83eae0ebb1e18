package vn.pakn.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DammTest {

    @Test
    void knownCheckDigitFromTheLiterature() {
        // 572 → check digit 4 (the worked example of Damm's algorithm)
        assertThat(Damm.checkDigit("572")).isEqualTo(4);
        assertThat(Damm.isValid("5724")).isTrue();
    }

    @Test
    void detectsEverySingleDigitErrorAndAdjacentTransposition() {
        String code = Damm.withCheckDigit("261100042");
        TrackingCodeVerifier v = TrackingCodeVerifier.damm();
        assertThat(v.isValid(code)).isTrue();
        for (int i = 0; i < code.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != code.charAt(i)) {
                    String changed = code.substring(0, i) + d + code.substring(i + 1);
                    assertThat(v.isValid(changed)).as(changed).isFalse();
                }
            }
            if (i + 1 < code.length() && code.charAt(i) != code.charAt(i + 1)) {
                String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
                assertThat(v.isValid(swapped)).as(swapped).isFalse();
            }
        }
    }

    @Test
    void rejectsWrongLengthAndNonDigits() {
        TrackingCodeVerifier v = TrackingCodeVerifier.damm();
        assertThat(v.isValid(Damm.withCheckDigit("26110004"))).isFalse();
        assertThat(v.isValid("26110004a2")).isFalse();
        assertThat(v.isValid(null)).isFalse();
    }
}
