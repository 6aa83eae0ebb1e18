package vn.pakn.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.call.CallEvent;

class AmiSelfCheckTest {

    @Test
    void asteriskJavaBuildsAHangupEventFromTheWireAndItIsMapped() {
        AmiSelfCheck.Result r = AmiSelfCheck.run(Duration.ofSeconds(20));

        assertThat(r.passed()).as(r.detail()).isTrue();
        assertThat(r.eventClass()).isEqualTo("org.asteriskjava.manager.event.HangupEvent");
        assertThat(r.mapped().type()).isEqualTo(CallEvent.Type.HANGUP);
    }
}
