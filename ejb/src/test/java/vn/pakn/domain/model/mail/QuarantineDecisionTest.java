package vn.pakn.domain.model.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuarantineDecisionTest {

    private static final Instant T0 = Instant.parse("2026-11-23T03:00:00Z");

    private static MailItem quarantined(String reason) {
        var m = new MailItem(1L, "a@example.vn", "From: a@example.vn\r\n\r\nx".getBytes(StandardCharsets.US_ASCII), 24, false, T0);
        m.outcome(MailStatus.QUARANTINED, reason, null, null, T0);
        return m;
    }

    @Test
    void aReleaseMakesTheMailStoredAgainAndKeepsTheOldReasonInTheDecision() {
        var mail = quarantined("too-large: 30000000 bytes");
        var d = QuarantineDecision.release(mail, "admin", T0.plusSeconds(60));

        assertThat(mail.getStatus()).isEqualTo(MailStatus.STORED);
        assertThat(mail.isDone()).isFalse();
        assertThat(d.getAction()).isEqualTo(QuarantineDecision.Action.RELEASE);
        assertThat(d.getDecidedBy()).isEqualTo("admin");
        assertThat(d.getDecidedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(d.getQuarantineReason()).isEqualTo("too-large: 30000000 bytes");
        assertThat(d.getOutcome()).isNull();
        d.settled(MailStatus.REPORT);
        assertThat(d.getOutcome()).isEqualTo(MailStatus.REPORT);
    }

    @Test
    void aDismissalNeedsANoteAndKeepsTheMailAsDismissed() {
        var mail = quarantined("spoofed: DMARC failing");
        assertThatThrownBy(() -> QuarantineDecision.dismiss(mail, "admin", T0, "  ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.QUARANTINED);

        var d = QuarantineDecision.dismiss(mail, "admin", T0, " thư rác ");
        assertThat(mail.getStatus()).isEqualTo(MailStatus.DISMISSED);
        assertThat(mail.getReason()).isEqualTo("spoofed: DMARC failing");
        assertThat(d.getNote()).isEqualTo("thư rác");
        assertThat(d.getOutcome()).isEqualTo(MailStatus.DISMISSED);
    }

    @Test
    void onlyAQuarantinedMailIsReleasedOrDismissed() {
        var mail = quarantined("empty");
        QuarantineDecision.dismiss(mail, "admin", T0, "rỗng");
        assertThatThrownBy(() -> QuarantineDecision.release(mail, "admin", T0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DISMISSED");
        assertThatThrownBy(() -> QuarantineDecision.dismiss(mail, "admin", T0, "lần hai")).isInstanceOf(IllegalStateException.class);
    }
}
