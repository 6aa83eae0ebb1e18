package vn.pakn.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuuKc0Xh6q2Xq8r1N7p5eQv4q4bq0yq0yO";
    private final AtomicLong nanos = new AtomicLong(1_000);

    private VerifiedPasswords cache(long ttlSeconds, int max) {
        return new VerifiedPasswords(ttlSeconds, max, nanos::get);
    }

    @Test
    void remembersOnlyWhatWasRecordedAsVerified() {
        var cache = cache(60, 10);

        assertThat(cache.remembers("an", HASH, "Mat-khau-1".toCharArray())).isFalse();
        cache.rememberVerified("an", HASH, "Mat-khau-1".toCharArray());

        assertThat(cache.remembers("an", HASH, "Mat-khau-1".toCharArray())).isTrue();
    }

    @Test
    void anotherPasswordForTheSameUserIsNeverAHit() {
        var cache = cache(60, 10);
        cache.rememberVerified("an", HASH, "Mat-khau-1".toCharArray());

        assertThat(cache.remembers("an", HASH, "Mat-khau-2".toCharArray())).isFalse();
        assertThat(cache.remembers("an", HASH, "Mat-khau-1 ".toCharArray())).isFalse();
        assertThat(cache.remembers("an", HASH, "".toCharArray())).isFalse();
    }

    @Test
    void aChangedStoredHashInvalidatesAtOnce() {
        var cache = cache(60, 10);
        cache.rememberVerified("an", HASH, "Mat-khau-1".toCharArray());

        assertThat(cache.remembers("an", HASH.replace('a', 'b'), "Mat-khau-1".toCharArray())).isFalse();
    }

    @Test
    void theSamePasswordOfAnotherUserIsNotAHit() {
        var cache = cache(60, 10);
        cache.rememberVerified("an", HASH, "Mat-khau-1".toCharArray());

        assertThat(cache.remembers("binh", HASH, "Mat-khau-1".toCharArray())).isFalse();
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        var cache = cache(60, 10);
        cache.rememberVerified("ab", "c", "d".toCharArray());

        assertThat(cache.remembers("a", "bc", "d".toCharArray())).isFalse();
        assertThat(cache.remembers("ab", "", "cd".toCharArray())).isFalse();
    }

    @Test
    void anEntryExpiresAfterTheTtlEvenWhenUsed() {
        var cache = cache(60, 10);
        cache.rememberVerified("an", HASH, "Mat-khau-1".toCharArray());

        nanos.addAndGet(59_000_000_000L);
        assertThat(cache.remembers("an", HASH, "Mat-khau-1".toCharArray())).isTrue();
        nanos.addAndGet(1_000_000_000L);

        assertThat(cache.remembers("an", HASH, "Mat-khau-1".toCharArray())).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void isBoundedAndDropsTheLeastRecentlyUsedFirst() {
        var cache = cache(60, 3);
        for (int i = 0; i < 3; i++) {
            cache.rememberVerified("user" + i, HASH, "pw".toCharArray());
        }
        assertThat(cache.remembers("user0", HASH, "pw".toCharArray())).isTrue();

        cache.rememberVerified("user3", HASH, "pw".toCharArray());

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.remembers("user1", HASH, "pw".toCharArray())).as("least recently used").isFalse();
        assertThat(cache.remembers("user0", HASH, "pw".toCharArray())).isTrue();
        assertThat(cache.remembers("user3", HASH, "pw".toCharArray())).isTrue();
    }

    @Test
    void aTtlOfZeroTurnsItOff() {
        var cache = cache(0, 10);
        cache.rememberVerified("an", HASH, "Mat-khau-1".toCharArray());

        assertThat(cache.remembers("an", HASH, "Mat-khau-1".toCharArray())).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void nonAsciiPasswordsAreDistinguished() {
        var cache = cache(60, 10);
        cache.rememberVerified("an", HASH, "Mật khẩu".toCharArray());

        assertThat(cache.remembers("an", HASH, "Mật khẩu".toCharArray())).isTrue();
        assertThat(cache.remembers("an", HASH, "Mat khau".toCharArray())).isFalse();
    }

    @Test
    void refusesNegativeSettingsNamingTheValue() {
        assertThatThrownBy(() -> new VerifiedPasswords(-1, 10)).hasMessageContaining("ttlSeconds").hasMessageContaining("-1");
        assertThatThrownBy(() -> new VerifiedPasswords(10, -5)).hasMessageContaining("maxEntries").hasMessageContaining("-5");
    }
}
