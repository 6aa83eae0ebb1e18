package vn.pakn.telephony.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayTranscriptTest {

    @Test
    void toleratesBannerLfOnlyLineEndsAndResponseBlocks() {
        String text = "Asterisk Call Manager/9.0.0\n"
                + "Response: Success\nMessage: Authentication accepted\n\n"
                + "Event: FullyBooted\nPrivilege: system,all\nStatus: Fully Booted\n\n"
                + "Response: Follows\nPrivilege: Command\nAsterisk 11.25.3 built by root\n--END COMMAND--\n\n"
                + "Event: Hangup\r\nChannel: SIP/777-000000bc\r\nCause: 16\r\n\r\n";

        ReplayTranscript t = ReplayTranscript.parse(text);

        assertThat(t.events()).containsExactly(
                "Event: FullyBooted\r\nPrivilege: system,all\r\nStatus: Fully Booted\r\n\r\n",
                "Event: Hangup\r\nChannel: SIP/777-000000bc\r\nCause: 16\r\n\r\n");
    }

    @Test
    void realCaptureHasAllItsEvents() throws Exception {
        java.nio.file.Path p = java.nio.file.Path.of(getClass()
                .getResource("/ami/queue_call_events_dedup_sorted.ami.txt").toURI());

        ReplayTranscript t = ReplayTranscript.load(p);

        assertThat(t.events()).hasSize(205);
        assertThat(t.events().get(0)).startsWith("Event: Newchannel\r\n");
    }
}
