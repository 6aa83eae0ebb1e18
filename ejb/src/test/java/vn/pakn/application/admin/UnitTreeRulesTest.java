package vn.pakn.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.shared.DomainException;

class UnitTreeRulesTest {

    @Test
    void refusesMovingAUnitUnderItself() {
        assertThatThrownBy(() -> UnitTreeRules.requireNotOwnDescendant("SO_XD", "/1/7/", "SO_XD", "/1/7/"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("unit-cycle");
                    assertThat(e.messageVi()).contains("chính nó");
                    assertThat(e.messageEn()).contains("its own parent");
                });
    }

    @Test
    void refusesMovingAUnitUnderItsOwnDescendant() {
        assertThatThrownBy(() -> UnitTreeRules.requireNotOwnDescendant("SO_XD", "/1/7/", "SO_XD_P1", "/1/7/57/107/"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("unit-cycle");
                    assertThat(e.messageEn()).isEqualTo("Unit 'SO_XD' cannot move under its own sub-unit 'SO_XD_P1'.");
                });
    }

    @Test
    void allowsASiblingOrAnAncestorOrTheRootAsNewParent() {
        assertThatCode(() -> UnitTreeRules.requireNotOwnDescendant("A", "/1/7/", "B", "/1/8/")).doesNotThrowAnyException();
        assertThatCode(() -> UnitTreeRules.requireNotOwnDescendant("A", "/1/7/57/", "ROOT", "/1/")).doesNotThrowAnyException();
        assertThatCode(() -> UnitTreeRules.requireNotOwnDescendant("A", "/1/7/", null, null)).doesNotThrowAnyException();
    }

    @Test
    void doesNotMistakeAUnitWhoseIdStartsTheSameForADescendant() {
        // "/1/7/" is not a prefix of "/1/70/": the trailing slash keeps ids apart
        assertThatCode(() -> UnitTreeRules.requireNotOwnDescendant("A", "/1/7/", "B", "/1/70/")).doesNotThrowAnyException();
    }

    @Test
    void rebasesTheSubtreePathsOnAMove() {
        assertThat(UnitTreeRules.pathUnder("/1/8/", 7)).isEqualTo("/1/8/7/");
        assertThat(UnitTreeRules.pathUnder(null, 7)).isEqualTo("/7/");
        assertThat(UnitTreeRules.rebase("/1/7/57/107/", "/1/7/", "/1/8/7/")).isEqualTo("/1/8/7/57/107/");
        assertThat(UnitTreeRules.rebase("/1/7/", "/1/7/", "/7/")).isEqualTo("/7/");
        assertThatThrownBy(() -> UnitTreeRules.rebase("/2/9/", "/1/7/", "/7/")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnInactiveParent() {
        assertThatThrownBy(() -> UnitTreeRules.requireActiveParent("OLD", false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("inactive-parent"));
        assertThatCode(() -> UnitTreeRules.requireActiveParent("NEW", true)).doesNotThrowAnyException();
    }

    @Test
    void refusesDeactivatingAUnitThatActiveThingsStillNeed() {
        assertThatThrownBy(() -> UnitTreeRules.requireNothingActiveDependsOn("CTY_CAPNUOC", 1, 3, 2, 0))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.messageEn()).contains("1 active sub-units", "3 active routing rules", "2 active accounts");
                });
        assertThatCode(() -> UnitTreeRules.requireNothingActiveDependsOn("X", 0, 0, 0, 0)).doesNotThrowAnyException();
    }

    @Test
    void refusesDeactivatingAUnitThatStillOwesAnswers() {
        assertThatThrownBy(() -> UnitTreeRules.requireNothingActiveDependsOn("UBND_P_HAILONG", 0, 0, 0, 4))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("unit-in-use");
                    assertThat(e.messageVi()).contains("còn 4 hồ sơ đang xử lý");
                    assertThat(e.messageEn()).contains("4 open cases");
                });
    }
}
