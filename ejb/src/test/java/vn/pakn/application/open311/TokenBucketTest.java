package vn.pakn.application.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void allowsTheBurstThenRefusesWithTheWaitUntilTheNextToken() {
        var bucket = new TokenBucket(3, 60, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        long wait = bucket.take(0);

        assertThat(wait).isBetween(SECOND - 1000, SECOND + 1000);
    }

    @Test
    void refillsAtTheRateButNeverAboveTheCapacity() {
        var bucket = new TokenBucket(2, 60, 0);
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.take(SECOND)).isZero();
        assertThat(bucket.take(SECOND)).isPositive();
        long muchLater = 3600 * SECOND;
        assertThat(bucket.take(muchLater)).isZero();
        assertThat(bucket.take(muchLater)).isZero();
        assertThat(bucket.take(muchLater)).isPositive();
    }

    @Test
    void refusesNonsenseSettingsNamingThem() {
        assertThatThrownBy(() -> new TokenBucket(0, 60, 0)).hasMessageContaining("capacity");
        assertThatThrownBy(() -> new TokenBucket(1, 0, 0)).hasMessageContaining("perMinute");
    }
}
