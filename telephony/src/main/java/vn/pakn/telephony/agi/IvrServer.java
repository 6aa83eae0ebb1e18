package vn.pakn.telephony.agi;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import vn.pakn.telephony.TelephonyException;
import vn.pakn.telephony.TelephonySettings;
import vn.pakn.telephony.call.PhoneNumbers;

/**
 * The FastAGI server with the three IVR scripts, on asterisk-java's {@link DefaultAgiServer}. Script names (the path
 * of the {@code agi://host:port/NAME} URL in the dialplan): {@value #STATUS}, {@value #SURVEY}, {@value #VOICEMAIL}.
 *
 * <p>Threads come from the caller's executor (the container's ManagedExecutorService): one long-lived accept loop and
 * one task per call; asterisk-java's private pool is never created.
 */
public final class IvrServer implements AutoCloseable {

    public static final String STATUS = "status";
    public static final String SURVEY = "survey";
    public static final String VOICEMAIL = "voicemail";

    private static final System.Logger LOG = System.getLogger(IvrServer.class.getName());

    private final ExecutorAgiServer server;
    private final TelephonySettings settings;

    private IvrServer(TelephonySettings settings, Executor executor, Map<String, AgiScript> scripts) {
        this.settings = settings;
        SimpleMappingStrategy mapping = new SimpleMappingStrategy();
        mapping.setMappings(scripts);
        server = new ExecutorAgiServer(executor);
        server.setMappingStrategy(mapping);
        server.setPort(settings.agiPort());
        try {
            server.setAddress(InetAddress.getByName(settings.agiBindAddress()));
        } catch (IOException e) {
            throw new TelephonyException("PAKN-TEL-0035 bad FastAGI bind address " + settings.agiBindAddress(), e);
        }
    }

    /** Starts listening on {@code settings.agiPort()}; returns once the accept loop has been handed to the executor. */
    public static IvrServer start(TelephonySettings settings, Executor executor, IvrPorts ports, Clock clock) {
        Objects.requireNonNull(ports, "ports");
        PhoneNumbers phones = new PhoneNumbers(settings.defaultRegion());
        Map<String, AgiScript> scripts = Map.of(
                STATUS, new StatusLookupScript(ports.statusLookup(), ports.verifier()),
                SURVEY, new SurveyScript(ports.surveyRecorder(), phones, clock),
                VOICEMAIL, new VoicemailScript(ports.voicemailIntake(), phones, settings.recordingDir(), clock));
        IvrServer ivr = new IvrServer(settings, executor, scripts);
        executor.execute(() -> {
            try {
                ivr.server.startup();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.ERROR, "PAKN-TEL-0036 FastAGI server stopped on port " + settings.agiPort(), e);
            }
        });
        return ivr;
    }

    public int port() {
        return settings.agiPort();
    }

    @Override
    public void close() {
        try {
            server.shutdown();
        } catch (RuntimeException e) {
            // not started or already stopped
        }
    }

    /** Runs each FastAGI connection on the given executor instead of asterisk-java's own thread pool. */
    private static final class ExecutorAgiServer extends DefaultAgiServer {
        private final Executor executor;

        ExecutorAgiServer(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
        }

        @Override
        protected void execute(Runnable command) {
            executor.execute(command);
        }
    }
}
