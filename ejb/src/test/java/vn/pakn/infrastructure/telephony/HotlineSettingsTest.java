package vn.pakn.infrastructure.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pakn.infrastructure.telephony.HotlineSettings.Mode;

class HotlineSettingsTest {

    @Test
    void defaultRunIsTheSimulatedHotline() {
        assertThat(Mode.resolve(null, Optional.empty())).isEqualTo(Mode.SIMULATED);
        assertThat(Mode.resolve("", Optional.of(" "))).isEqualTo(Mode.SIMULATED);
    }

    @Test
    void anAmiHostSelectsTheRealAsterisk() {
        assertThat(Mode.resolve(null, Optional.of("pbx.example"))).isEqualTo(Mode.ASTERISK);
        assertThat(Mode.resolve("asterisk", Optional.of("pbx.example"))).isEqualTo(Mode.ASTERISK);
    }

    @Test
    void offWinsEvenWithAHost() {
        assertThat(Mode.resolve("OFF", Optional.of("pbx.example"))).isEqualTo(Mode.OFF);
    }

    @Test
    void refusesAsteriskWithoutHostAndUnknownModes() {
        assertThatThrownBy(() -> Mode.resolve("asterisk", Optional.empty())).hasMessageContaining("pakn.ami.host");
        assertThatThrownBy(() -> Mode.resolve("maybe", Optional.empty())).hasMessageContaining("'maybe'");
    }

    @Test
    void callbackDialsVietnameseNumbersNationallyFromTheOperatorsDevice() {
        assertThat(AmiTelephonyGateway.dialString("+84912345678")).isEqualTo("0912345678");
        assertThat(AmiTelephonyGateway.dialString("+6591234567")).isEqualTo("+6591234567");
        assertThat(AmiTelephonyGateway.endpoint("PJSIP", "101")).isEqualTo("PJSIP/101");
        assertThat(AmiTelephonyGateway.endpoint("PJSIP", "SIP/7001")).isEqualTo("SIP/7001");
    }
}
