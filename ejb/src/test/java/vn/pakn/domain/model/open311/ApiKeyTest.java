package vn.pakn.domain.model.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.shared.DomainException;

class ApiKeyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void anIssuedKeyIsRandomPrefixedAndOnlyItsHashIsKept() {
        var a = ApiKey.issue("Ứng dụng A", null, NOW, "admin");
        var b = ApiKey.issue("Ứng dụng B", null, NOW, "admin");

        assertThat(a.secret()).startsWith(ApiKey.PREFIX).hasSize(ApiKey.PREFIX.length() + 43).isNotEqualTo(b.secret());
        assertThat(a.key().getKeyPrefix()).isEqualTo(a.secret().substring(0, ApiKey.PREFIX.length() + 6));
        assertThat(ApiKey.hash(" " + a.secret() + " ")).isEqualTo(ApiKey.hash(a.secret())).hasSize(64).doesNotContain(a.secret());
        assertThat(a.key().isActive()).isTrue();
    }

    @Test
    void aKeyIsRevokedOnce() {
        var key = ApiKey.issue("Ứng dụng A", null, NOW, "admin").key();

        key.revoke(NOW, "admin");

        assertThat(key.isActive()).isFalse();
        assertThat(key.getRevokedBy()).isEqualTo("admin");
        assertThatThrownBy(() -> key.revoke(NOW, "admin")).isInstanceOf(DomainException.class).hasMessageContaining("already revoked");
    }
}
