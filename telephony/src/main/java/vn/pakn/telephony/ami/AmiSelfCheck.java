package vn.pakn.telephony.ami;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.event.HangupEvent;
import vn.pakn.telephony.TelephonySettings;
import vn.pakn.telephony.call.CallEvent;
import vn.pakn.telephony.emulator.AmiEmulator;
import vn.pakn.telephony.emulator.EmulatorConfig;
import vn.pakn.telephony.emulator.ScenarioClock;
import vn.pakn.telephony.emulator.Scenarios;

/**
 * Proves, wherever it runs (inside WildFly in particular), that asterisk-java's reader builds a {@link HangupEvent}
 * from the wire and that our mapper turns it into a HANGUP call event. asterisk-java finds its event classes by
 * classpath scanning, which has failed inside application servers (asterisk-java #318, #381); the server's
 * in-container test calls {@link #run(Duration)} and asserts {@link Result#passed()}.
 *
 * <p>Starts a private emulator on a free loopback port, logs in with asterisk-java, plays one answered call and waits
 * for the Hangup. Uses asterisk-java's own reader thread only.
 */
public final class AmiSelfCheck {

    /**
     * @param passed      a HangupEvent was built and mapped
     * @param eventClass  class of the event asterisk-java built for {@code Event: Hangup}
     * @param mapped      our call event, or null
     * @param detail      what went wrong, or "ok"
     */
    public record Result(boolean passed, String eventClass, CallEvent mapped, String detail) {
    }

    private AmiSelfCheck() {
    }

    public static Result run(Duration timeout) {
        try (AmiEmulator emulator = AmiEmulator.start(EmulatorConfig.defaults().withPort(0))) {
            TelephonySettings settings = TelephonySettings.defaults().withAmi("127.0.0.1", emulator.port(),
                    EmulatorConfig.DEFAULT_USERNAME, EmulatorConfig.DEFAULT_SECRET);
            CompletableFuture<HangupEvent> hangup = new CompletableFuture<>();
            ManagerConnection c = new AmiConnector(settings).login("on", e -> {
                if (e instanceof HangupEvent h) {
                    hangup.complete(h);
                }
            });
            try {
                new Scenarios(emulator.pbx()).answered(ScenarioClock.virtual(Instant.now()), "0912345678", "hotline",
                        "101", Duration.ofSeconds(5), Duration.ofSeconds(10));
                HangupEvent e = hangup.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                CallEvent mapped = new AmiEventMapper().map(e, Instant.now()).orElse(null);
                boolean ok = mapped != null && mapped.type() == CallEvent.Type.HANGUP && mapped.linkedId() != null;
                return new Result(ok, e.getClass().getName(), mapped, ok ? "ok" : "HangupEvent not mapped: " + e);
            } finally {
                AmiConnector.quietlyClose(c);
            }
        } catch (TimeoutException e) {
            return new Result(false, null, null, "PAKN-TEL-0040 no HangupEvent within " + timeout
                    + ": asterisk-java did not build it (event class registration/classpath scanning?)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, null, null, "interrupted");
        } catch (IOException | ExecutionException | RuntimeException e) {
            return new Result(false, null, null, "PAKN-TEL-0041 self-check failed: " + e);
        }
    }
}
