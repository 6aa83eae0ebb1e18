package vn.pakn.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.emulator.FastAgiCaller.Result;
import vn.pakn.telephony.emulator.FastAgiCaller.Spec;

class SurveyAndVoicemailScriptTest {

    private IvrHarness ivr;

    @BeforeEach
    void start() throws Exception {
        ivr = new IvrHarness();
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    @Test
    void surveyStoresTheKeyedScoreAgainstTheCall() throws Exception {
        Result r = ivr.call(Spec.of(IvrServer.SURVEY, "4").withQuery("linkedid=1763333492.7")
                .withCaller("1763333492.9", "0912345678"));

        assertThat(ivr.surveys).singleElement().satisfies(s -> {
            assertThat(s.linkedId()).isEqualTo("1763333492.7");
            assertThat(s.score()).isEqualTo(4);
            assertThat(s.callerNumber()).isEqualTo("+84912345678");
        });
        assertThat(r.variables()).containsEntry("PAKN_SURVEY", "4");
        assertThat(r.commandsStartingWith("GET DATA")).singleElement().asString().endsWith("8000 1");
    }

    @Test
    void surveyAsksAgainAfterAKeyOutsideOneToFiveAndTakesTheLinkedidFromTheChannel() throws Exception {
        Result r = ivr.call(new Spec(IvrServer.SURVEY, null, "1700000000.3", "0912345678", List.of("9", "5"), -1,
                Map.of("${CHANNEL(linkedid)}", "1700000000.1")));

        assertThat(r.commandsStartingWith("STREAM FILE")).anyMatch(c -> c.contains(IvrPrompts.INVALID_CHOICE));
        assertThat(ivr.surveys).singleElement().satisfies(s -> {
            assertThat(s.linkedId()).isEqualTo("1700000000.1");
            assertThat(s.score()).isEqualTo(5);
        });
    }

    @Test
    void surveyWithoutAValidKeyStoresNothing() throws Exception {
        ivr.call(Spec.of(IvrServer.SURVEY, "0", "#"));

        assertThat(ivr.surveys).isEmpty();
    }

    @Test
    void outOfHoursMessageBecomesAReportAndTheCallerHearsItsCode() throws Exception {
        Result r = ivr.call(new Spec(IvrServer.VOICEMAIL, null, "1700000000.8", "84987654321", List.of(), -1,
                Map.of("${CHANNEL(linkedid)}", "1700000000.8")));

        assertThat(ivr.messages).singleElement().satisfies(m -> {
            assertThat(m.linkedId()).isEqualTo("1700000000.8");
            assertThat(m.callerNumber()).isEqualTo("+84987654321");
            assertThat(m.recordingFile()).isEqualTo("/var/spool/asterisk/pakn-vm/1700000000.8.wav");
            assertThat(m.completed()).isTrue();
        });
        String code = Damm.withCheckDigit("261123001");
        assertThat(r.commandsStartingWith("RECORD FILE")).singleElement().asString()
                .contains("/var/spool/asterisk/pakn-vm/1700000000.8").contains("wav").contains("#");
        assertThat(r.commandsStartingWith("SAY DIGITS")).singleElement().asString().contains(code);
        assertThat(r.variables()).containsEntry("PAKN_VOICEMAIL", "/var/spool/asterisk/pakn-vm/1700000000.8.wav");
    }

    @Test
    void callerWhoHangsUpWhileRecordingStillLeavesOneMessage() throws Exception {
        // ANSWER, GET FULL VARIABLE, STREAM FILE are answered; the line drops during RECORD FILE
        Result r = ivr.call(new Spec(IvrServer.VOICEMAIL, null, "1700000000.9", "0912000111", List.of(), 3,
                Map.of("${CHANNEL(linkedid)}", "1700000000.9")));

        assertThat(r.hungUp()).isTrue();
        assertThat(ivr.messages).singleElement().satisfies(m -> {
            assertThat(m.completed()).isFalse();
            assertThat(m.linkedId()).isEqualTo("1700000000.9");
        });
    }
}
