package vn.pakn.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcessingRetriesTest {

    @Test
    void aMessageIsQuarantinedOnlyAtItsThirdFailure() {
        var retries = new ProcessingRetries(3);
        assertThat(retries.failedAndExhausted(7)).isFalse();
        assertThat(retries.failedAndExhausted(7)).isFalse();
        assertThat(retries.failuresOf(7)).isEqualTo(2);
        assertThat(retries.failedAndExhausted(7)).isTrue();
        assertThat(retries.failuresOf(7)).as("counted afresh once set aside").isZero();
    }

    @Test
    void aSuccessForgetsTheEarlierFailures() {
        var retries = new ProcessingRetries(2);
        assertThat(retries.failedAndExhausted(1)).isFalse();
        retries.settled(1);
        assertThat(retries.failedAndExhausted(1)).as("one failure after a success is a first failure").isFalse();
    }

    @Test
    void messagesAreCountedEachOnTheirOwn() {
        var retries = new ProcessingRetries(2);
        assertThat(retries.failedAndExhausted(1)).isFalse();
        assertThat(retries.failedAndExhausted(2)).isFalse();
        assertThat(retries.failedAndExhausted(2)).isTrue();
        assertThat(retries.failuresOf(1)).isEqualTo(1);
    }

    @Test
    void aFloodOfFailuresDoesNotGrowWithoutEnd() {
        var retries = new ProcessingRetries(3);
        for (long id = 0; id < 25_000; id++) {
            retries.failedAndExhausted(id);
        }
        assertThat(retries.failuresOf(24_999)).isEqualTo(1);
        assertThat(retries.failuresOf(0)).as("forgotten when the table was full").isZero();
    }

    @Test
    void oneAttemptQuarantinesAtOnce() {
        assertThat(new ProcessingRetries(1).failedAndExhausted(5)).isTrue();
        assertThatThrownBy(() -> new ProcessingRetries(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
