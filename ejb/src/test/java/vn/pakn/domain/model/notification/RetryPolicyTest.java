package vn.pakn.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant T = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void delayDoublesUpToTheCap() {
        var p = new RetryPolicy(10, Duration.ofMinutes(1), Duration.ofMinutes(10));

        assertThat(p.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(p.delayAfter(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(p.delayAfter(60)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void noNextAttemptAfterTheLastOne() {
        var p = new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10));

        assertThat(p.nextAttempt(2, T)).contains(T.plus(Duration.ofMinutes(2)));
        assertThat(p.nextAttempt(3, T)).isEmpty();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofMinutes(5), Duration.ofMinutes(1)))
                .hasMessageContaining("maxDelay");
    }
}
