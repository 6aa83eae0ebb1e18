package vn.pakn.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final RetryPolicy THREE_TRIES = new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10));

    private static Notification pending() {
        return Notification.pending(NotificationKind.DEADLINE_WARNING, 1L, 7L, Recipients.unit(7),
                "[PAKN] Hồ sơ sắp đến hạn / Case is due soon", "Nội dung / Body", NOW);
    }

    @Test
    void newMessageIsPendingAndDueAtOnce() {
        var n = pending();

        assertThat(n.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(n.getAttempts()).isZero();
        assertThat(n.isDue(NOW)).isTrue();
        assertThat(n.isDue(NOW.minusSeconds(1))).isFalse();
    }

    @Test
    void failureSchedulesRetryWithBackoffThenGivesUp() {
        var n = pending();

        n.recordFailure(NOW, "smtp down", THREE_TRIES);
        assertThat(n.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(n.getLastError()).isEqualTo("smtp down");

        // attempts are counted by the claim; a message claimed three times and failing each time is given up
        var exhausted = pending();
        setAttempts(exhausted, 3);
        exhausted.recordFailure(NOW, "smtp down", THREE_TRIES);
        assertThat(exhausted.getStatus()).isEqualTo(NotificationStatus.FAILED);
    }

    @Test
    void sentClearsTheError() {
        var n = pending();
        n.recordFailure(NOW, "timeout", THREE_TRIES);

        n.markSent(NOW.plusSeconds(60));

        assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(n.getSentAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(n.getLastError()).isNull();
        assertThat(n.isDue(NOW.plusSeconds(3600))).isFalse();
    }

    @Test
    void rejectsMissingSubjectAndCutsLongBody() {
        assertThatThrownBy(() -> Notification.pending(NotificationKind.OVERDUE, 1L, 1L, "unit:1", " ", "b", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");

        var n = Notification.pending(NotificationKind.OVERDUE, 1L, 1L, "unit:1", "s", "x".repeat(30_000), NOW);
        assertThat(n.getBody()).hasSize(Notification.MAX_BODY).endsWith("…");
    }

    private static void setAttempts(Notification n, int attempts) {
        try {
            var f = Notification.class.getDeclaredField("attempts");
            f.setAccessible(true);
            f.setInt(n, attempts);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
