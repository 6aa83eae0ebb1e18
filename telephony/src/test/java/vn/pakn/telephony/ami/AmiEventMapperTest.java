package vn.pakn.telephony.ami;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.NewExtenEvent;
import org.asteriskjava.manager.event.VarSetEvent;
import org.junit.jupiter.api.Test;
import vn.pakn.telephony.call.CallEvent;
import vn.pakn.telephony.call.LiveChannel;

/**
 * The mapping the server re-runs inside WildFly to prove asterisk-java's events work there: build a real
 * {@code HangupEvent} and map it. Field values are those of the real Asterisk 20 Hangup in the reference excerpts.
 */
class AmiEventMapperTest {

    private final AmiEventMapper mapper = new AmiEventMapper();

    @Test
    void hangupEventMapsToHangupOfTheChannelWithTheEventTimestamp() {
        HangupEvent e = new HangupEvent(this);
        e.setChannel("PJSIP/t17_1000-00000003");
        e.setUniqueId("1763333492.10");
        e.setLinkedId("1763333492.7");
        e.setCallerIdNum("1000");
        e.setCause(16);
        e.setTimestamp(1763333507.024483);

        CallEvent mapped = mapper.map(e, Instant.EPOCH).orElseThrow();

        assertThat(mapped.type()).isEqualTo(CallEvent.Type.HANGUP);
        assertThat(mapped.linkedId()).isEqualTo("1763333492.7");
        assertThat(mapped.uniqueId()).isEqualTo("1763333492.10");
        assertThat(mapped.channel()).isEqualTo("PJSIP/t17_1000-00000003");
        assertThat(mapped.value()).isEqualTo("16");
        assertThat(mapped.at()).isEqualTo(Instant.parse("2025-11-16T22:51:47.024483Z"));
    }

    @Test
    void eventWithoutTimestampTakesTheReceiveTime() {
        VarSetEvent e = new VarSetEvent(this);
        e.setUniqueId("1.2");
        e.setLinkedId("1.1");
        e.setVariable("MIXMONITOR_FILENAME");
        e.setValue("/var/spool/asterisk/monitor/1.1.wav");
        Instant received = Instant.parse("2026-11-23T02:00:00Z");

        CallEvent mapped = mapper.map(e, received).orElseThrow();

        assertThat(mapped.at()).isEqualTo(received);
        assertThat(mapped.variable()).isEqualTo("MIXMONITOR_FILENAME");
    }

    @Test
    void eventsTheModelDoesNotUseAreIgnored() {
        assertThat(mapper.map(new NewExtenEvent(this), Instant.EPOCH)).isEmpty();
    }

    @Test
    void coreShowChannelLineBecomesALiveChannelWithItsAge() {
        CoreShowChannelEvent e = new CoreShowChannelEvent(this);
        e.setChannel("PJSIP/viettel-trunk-00000101");
        e.setUniqueid("1700000000.5");
        e.setLinkedid("1700000000.5");
        e.setBridgeid("abc");
        e.setApplication("Queue");
        e.setDuration("00:01:05");

        LiveChannel live = mapper.liveChannel(e);

        assertThat(live.age()).isEqualTo(Duration.ofSeconds(65));
        assertThat(live.bridged()).isTrue();
        assertThat(live.application()).isEqualTo("Queue");
    }
}
