package vn.pakn.telephony.agi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.emulator.FastAgiCaller;
import vn.pakn.telephony.emulator.FastAgiCaller.Result;
import vn.pakn.telephony.emulator.FastAgiCaller.Spec;

class StatusLookupScriptTest {

    private static final String CODE = Damm.withCheckDigit("261100042");

    private IvrHarness ivr;

    @BeforeEach
    void start() throws Exception {
        ivr = new IvrHarness();
        ivr.cases.put(CODE, new CaseStatus(CODE, "IN_PROGRESS", LocalDate.of(2026, 12, 4)));
    }

    @AfterEach
    void stop() {
        ivr.close();
    }

    @Test
    void validCodeSpeaksStateAndDueDateWithPromptsSayDigitsAndSayDate() throws Exception {
        Result r = ivr.call(Spec.of(IvrServer.STATUS, CODE));

        long dueEpoch = LocalDate.of(2026, 12, 4).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toEpochSecond();
        assertThat(r.commands().get(0)).isEqualTo("ANSWER");
        assertThat(r.commandsStartingWith("GET DATA")).singleElement().asString()
                .contains(IvrPrompts.ENTER_CODE).endsWith("10000 10");
        assertThat(r.commandsStartingWith("SAY DIGITS")).singleElement().asString().contains(CODE);
        assertThat(r.commandsStartingWith("STREAM FILE")).anyMatch(c -> c.contains("pakn/state-in_progress"))
                .anyMatch(c -> c.contains(IvrPrompts.DUE_DATE));
        assertThat(r.commandsStartingWith("SAY DATE")).singleElement().asString().contains(String.valueOf(dueEpoch));
        assertThat(r.variables()).containsEntry("PAKN_IVR_RESULT", "FOUND");
        assertThat(r.commands()).contains("HANGUP");
        assertThat(r.replies().subList(0, r.commands().indexOf("HANGUP") + 1)).allMatch(x -> x.startsWith("200"));
    }

    @Test
    void rejectsTrackingCodeWithWrongCheckDigitWithoutLookingItUp() throws Exception {
        String wrong = CODE.substring(0, 9) + ((CODE.charAt(9) - '0' + 1) % 10);

        Result r = ivr.call(Spec.of(IvrServer.STATUS, wrong, wrong, wrong));

        assertThat(r.commandsStartingWith("GET DATA")).hasSize(StatusLookupScript.ATTEMPTS);
        assertThat(r.commandsStartingWith("STREAM FILE")).filteredOn(c -> c.contains(IvrPrompts.INVALID_CODE))
                .hasSize(3);
        assertThat(r.variables()).containsEntry("PAKN_IVR_RESULT", "INVALID");
        assertThat(r.commandsStartingWith("SAY")).isEmpty();
        assertThat(ivr.lookups).hasValue(0);
    }

    @Test
    void secondTryWithTheRightCodeSucceeds() throws Exception {
        Result r = ivr.call(Spec.of(IvrServer.STATUS, "12345", CODE));

        assertThat(r.variables()).containsEntry("PAKN_IVR_RESULT", "FOUND");
        assertThat(ivr.lookups).hasValue(1);
    }

    @Test
    void unknownButWellFormedCodeIsNotFound() throws Exception {
        String other = Damm.withCheckDigit("999999999");

        Result r = ivr.call(Spec.of(IvrServer.STATUS, other, "", ""));

        assertThat(r.variables()).containsEntry("PAKN_IVR_RESULT", "NO_INPUT");
        assertThat(r.commandsStartingWith("STREAM FILE")).anyMatch(c -> c.contains(IvrPrompts.NOT_FOUND));
    }

    @Test
    void callerHangingUpEndsTheScriptQuietly() throws Exception {
        Result r = ivr.call(Spec.of(IvrServer.STATUS, CODE).withHangupAfter(1));

        assertThat(r.hungUp()).isTrue();
        assertThat(r.replies().get(1)).startsWith("511");
        assertThat(r.commands()).hasSizeLessThanOrEqualTo(3);
        assertThat(ivr.lookups).hasValue(0);
    }

    @Test
    void realCapturedAgiHeaderIsWhatTheCallerSendsToo() throws Exception {
        String captured = new String(getClass().getResourceAsStream("/agi/asterisk-java_NlStreamReaderFast.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String ours = FastAgiCallerHeaders.of(new Spec(IvrServer.STATUS, null, null, null, null, -1, null));

        java.util.List<String> capturedKeys = captured.lines().takeWhile(l -> !l.isEmpty())
                .map(l -> l.substring(0, l.indexOf(':'))).toList();
        java.util.List<String> ourKeys = ours.lines().takeWhile(l -> !l.isEmpty())
                .map(l -> l.substring(0, l.indexOf(':'))).toList();
        assertThat(ourKeys).containsSubsequence(capturedKeys);
    }
}
