package vn.pakn.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.shared.DomainException;

class AccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "capnuoc.officer", "nguyen_van_a", "op-1001", "a1b"})
    void acceptsUsernamesOfLowerCaseLettersDigitsAndSeparators(String username) {
        assertThat(AccountRules.username(username)).isEqualTo(username);
    }

    @Test
    void normalisesTheUsernameToTrimmedLowerCase() {
        assertThat(AccountRules.username("  CapNuoc.Officer ")).isEqualTo("capnuoc.officer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", ".admin", "nguyễn", "with space", "a/b", "x@y"})
    void refusesOtherUsernames(String username) {
        assertThatThrownBy(() -> AccountRules.username(username))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("bad-username");
                });
        assertThatThrownBy(() -> AccountRules.username("a".repeat(51))).isInstanceOf(DomainException.class);
    }

    @Test
    void refusesPasswordsShorterThanTenCharacters() {
        assertThatThrownBy(() -> AccountRules.password("op1", "123456789"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("weak-password");
                    assertThat(e.messageVi()).isEqualTo("Mật khẩu cần ít nhất 10 ký tự.");
                });
        assertThatThrownBy(() -> AccountRules.password("op1", null)).isInstanceOf(DomainException.class);
        assertThatCode(() -> AccountRules.password("op1", "1234567890")).doesNotThrowAnyException();
    }

    @Test
    void countsVietnameseLettersAsOneCharacterEach() {
        assertThatCode(() -> AccountRules.password("op1", "mậtkhẩuđủ1")).doesNotThrowAnyException();
    }

    @Test
    void refusesPasswordsThatBcryptWouldCut() {
        assertThatThrownBy(() -> AccountRules.password("op1", "đ".repeat(37)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("long-password"));
        assertThatCode(() -> AccountRules.password("op1", "x".repeat(72))).doesNotThrowAnyException();
    }

    @Test
    void refusesBlankPasswordsAndTheUsernameAsPassword() {
        assertThatThrownBy(() -> AccountRules.password("op1", " ".repeat(12))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> AccountRules.password("dispatcher1", "Dispatcher1")).isInstanceOf(DomainException.class);
    }

    @Test
    void givesStaffRolesButNeverSystemOrCitizen() {
        assertThat(AccountRules.roles(List.of(Role.OPERATOR, Role.DISPATCHER))).containsExactlyInAnyOrder(Role.OPERATOR, Role.DISPATCHER);
        assertThatThrownBy(() -> AccountRules.roles(List.of(Role.SYSTEM)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("bad-role"));
        assertThatThrownBy(() -> AccountRules.roles(List.of(Role.ADMIN, Role.CITIZEN))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> AccountRules.roles(List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("missing-role"));
        assertThatThrownBy(() -> AccountRules.roles(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void requiresAnActiveUnitForUnitOfficersAndUnitLeaders() {
        assertThatThrownBy(() -> AccountRules.unit(EnumSet.of(Role.UNIT_OFFICER), null, true))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("missing-unit"));
        assertThatThrownBy(() -> AccountRules.unit(EnumSet.of(Role.UNIT_LEADER), null, true)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> AccountRules.unit(EnumSet.of(Role.OPERATOR), "OLD", false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("inactive-unit"));
        assertThatCode(() -> AccountRules.unit(EnumSet.of(Role.UNIT_OFFICER), "CTY_CAPNUOC", true)).doesNotThrowAnyException();
        assertThatCode(() -> AccountRules.unit(EnumSet.of(Role.LEADER), null, true)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnAdminLockingThemselvesOut() {
        assertThatThrownBy(() -> AccountRules.notLockingOut("admin", "admin", false, Set.of(Role.ADMIN)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThatThrownBy(() -> AccountRules.notLockingOut("admin", "admin", true, Set.of(Role.LEADER)))
                .isInstanceOf(DomainException.class);
        assertThatCode(() -> AccountRules.notLockingOut("admin", "admin2", false, Set.of())).doesNotThrowAnyException();
        assertThatCode(() -> AccountRules.notLockingOut("admin", "admin", true, Set.of(Role.ADMIN, Role.LEADER)))
                .doesNotThrowAnyException();
    }

    @Test
    void hashesInTheModularCryptFormTheRealmReads() {
        String hash = PasswordHasher.hash("mật khẩu mới 2026");
        assertThat(hash).startsWith("$2a$10$").hasSize(60);
        assertThat(PasswordHasher.matches("mật khẩu mới 2026", hash)).isTrue();
        assertThat(PasswordHasher.matches("mat khau moi 2026", hash)).isFalse();
        assertThat(PasswordHasher.hash("mật khẩu mới 2026")).isNotEqualTo(hash);
    }
}
