package vn.pakn.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.pakn.domain.model.shared.DomainException;

class AdminCodesTest {

    @Test
    void normalisesCodesToTrimmedUpperCase() {
        assertThat(AdminCodes.normalise(" ubnd_p_hailong ", "đơn vị", "unit")).isEqualTo("UBND_P_HAILONG");
        assertThat(AdminCodes.normalise("CTY_CAPNUOC_XN1", "đơn vị", "unit")).isEqualTo("CTY_CAPNUOC_XN1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "A", "_X", "NGẬP_ÚNG", "A B", "A/B"})
    void refusesCodesThatAreNotStableKeys(String code) {
        assertThatThrownBy(() -> AdminCodes.normalise(code, "lĩnh vực", "category"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("bad-code");
                    assertThat(e.messageEn()).contains("category code");
                });
    }

    @Test
    void refusesCodesLongerThanTheColumn() {
        char[] c = new char[41];
        Arrays.fill(c, 'X');
        assertThatThrownBy(() -> AdminCodes.normalise(new String(c), "đơn vị", "unit")).isInstanceOf(DomainException.class);
    }

    @Test
    void refusesDeactivatingWhatActiveRulesUse() {
        assertThatThrownBy(() -> AdminCodes.requireNoActiveRules("địa bàn", "area", "P_HAILONG", 2))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.messageEn()).contains("2 active routing rules");
                });
    }

    @Test
    void keepsCoordinatorsUniqueAndRefusesTheLeadAmongThem() {
        assertThat(RoutingRuleAdministration.coordinatorCodes("SO_XD", List.of("cty_capnuoc", "CTY_CAPNUOC ", "CA_TP")))
                .containsExactly("CTY_CAPNUOC", "CA_TP");
        assertThat(RoutingRuleAdministration.coordinatorCodes("SO_XD", null)).isEmpty();
        assertThatThrownBy(() -> RoutingRuleAdministration.coordinatorCodes("SO_XD", List.of("so_xd")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("lead-coordinates"));
    }
}
