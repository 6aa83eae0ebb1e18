package vn.pakn.infrastructure.telephony;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import vn.pakn.application.call.CallChanged;
import vn.pakn.application.call.CallerWaiting;
import vn.pakn.application.call.IvrDesk;
import vn.pakn.application.call.OperatorAnswered;
import vn.pakn.application.call.PendingCallWrites;
import vn.pakn.application.call.ScreenPops;
import vn.pakn.telephony.TelephonySettings;
import vn.pakn.telephony.agi.IvrPorts;
import vn.pakn.telephony.agi.IvrServer;
import vn.pakn.telephony.ami.AmiActions;
import vn.pakn.telephony.ami.AmiConnectionState;
import vn.pakn.telephony.ami.CallTracker;
import vn.pakn.telephony.ami.TrackerStats;
import vn.pakn.telephony.call.CallDirection;
import vn.pakn.telephony.call.CallPhase;
import vn.pakn.telephony.call.CallSnapshot;
import vn.pakn.telephony.emulator.AmiEmulator;
import vn.pakn.telephony.emulator.DemoHotline;
import vn.pakn.telephony.emulator.EmulatorConfig;

/**
 * The hotline inside the server: at start-up connects the AMI call tracker (to the real Asterisk, or to the
 * library's emulator started in-process with a trickle of demo calls), and starts the FastAGI IVR. Every thread is
 * the container's ({@link ManagedThreadFactory}); asterisk-java's reader only enqueues, the tracker's processor only
 * fires an asynchronous CDI event per snapshot ({@link CallChanged}, on the {@link ManagedExecutorService}), so
 * storing a call and pushing a screen pop never hold up the event stream nor each other.
 *
 * <p>Nothing here stops the deployment: a wrong setting or an unreachable Asterisk is logged and the tracker keeps
 * reconnecting with back-off.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HotlineListener {

    private static final Logger LOG = Logger.getLogger(HotlineListener.class);

    @Inject
    Config config;

    @Inject
    Event<CallChanged> callChanges;

    @Inject
    Event<OperatorAnswered> answers;

    @Inject
    Event<CallerWaiting> waiting;

    @Inject
    PendingCallWrites pendingWrites;

    @Inject
    IvrDesk ivrDesk;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedExecutorService executor;

    /** Seeded from the clock so that revisions keep growing across restarts (see {@link CallChanged#revision()}). */
    private final AtomicLong revisions = new AtomicLong(System.currentTimeMillis() * 1_000);

    private volatile HotlineSettings.Mode mode = HotlineSettings.Mode.OFF;
    private volatile TelephonySettings settings;
    private volatile AmiEmulator emulator;
    private volatile DemoHotline demo;
    private volatile CallTracker tracker;
    private volatile AmiActions actions;
    private volatile IvrServer ivr;

    @PostConstruct
    void start() {
        try {
            mode = HotlineSettings.Mode.resolve(config.getOptionalValue(HotlineSettings.MODE, String.class).orElse(null),
                    config.getOptionalValue(HotlineSettings.AMI_HOST, String.class));
        } catch (IllegalArgumentException e) {
            LOG.errorf("PAKN0810: hotline not started: %s", e.getMessage());
            return;
        }
        if (mode == HotlineSettings.Mode.OFF) {
            LOG.infof("PAKN0811: hotline off (%s=off)", HotlineSettings.MODE);
            return;
        }
        try {
            settings = TelephonySettings.fromMap(librarySettings());
            if (mode == HotlineSettings.Mode.SIMULATED) {
                startSimulatedPbx();
            }
            Executor onManagedThreads = task -> threads.newThread(task).start();
            tracker = CallTracker.create(settings, onManagedThreads, this::onSnapshot, this::onState,
                    Clock.systemUTC());
            tracker.start();
            actions = AmiActions.create(settings);
            LOG.infof("PAKN0812: hotline %s: listening to AMI at %s:%d", mode.name().toLowerCase(),
                    settings.amiHost(), settings.amiPort());
            startIvr(onManagedThreads);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.errorf(e, "PAKN0813: hotline not started: %s", e.getMessage());
            stop();
        }
    }

    @PreDestroy
    void stop() {
        closeQuietly(ivr);
        closeQuietly(tracker);
        closeQuietly(actions);
        closeQuietly(demo);
        closeQuietly(emulator);
        ivr = null;
        tracker = null;
        actions = null;
        demo = null;
        emulator = null;
    }

    public HotlineSettings.Mode mode() {
        return mode;
    }

    public AmiConnectionState connectionState() {
        CallTracker t = tracker;
        return t == null ? AmiConnectionState.STOPPED : t.connectionState();
    }

    public Optional<TrackerStats> stats() {
        return Optional.ofNullable(tracker).map(CallTracker::stats);
    }

    /** The action connection (Originate); empty when the hotline is off or did not start. */
    public Optional<AmiActions> actions() {
        return Optional.ofNullable(actions);
    }

    /**
     * Runs on the tracker's processor thread: stamp and hand over, nothing else. Writes go to the managed executor;
     * a screen pop gets a managed thread of its own, so it never waits behind the writes of 200 other calls.
     */
    private void onSnapshot(CallSnapshot snapshot) {
        long now = System.nanoTime();
        if (snapshot.phase() == CallPhase.QUEUED && snapshot.direction() == CallDirection.INBOUND) {
            waiting.fireAsync(new CallerWaiting(snapshot), NotificationOptions.ofExecutor(executor));
        }
        if (ScreenPops.answeredByOperator(snapshot)) {
            answers.fireAsync(new OperatorAnswered(snapshot, now),
                    NotificationOptions.ofExecutor(task -> threads.newThread(task).start()));
        }
        var change = new CallChanged(snapshot, revisions.incrementAndGet(), now);
        pendingWrites.fired(change);
        callChanges.fireAsync(change, NotificationOptions.ofExecutor(executor));
    }

    private void onState(AmiConnectionState state) {
        if (state == AmiConnectionState.AUTHENTICATION_FAILED) {
            LOG.errorf("PAKN0814: AMI login refused for user %s at %s:%d: check %s/%s", settings.amiUsername(),
                    settings.amiHost(), settings.amiPort(), HotlineSettings.AMI_USERNAME, HotlineSettings.AMI_SECRET);
        } else {
            LOG.infof("PAKN0815: AMI connection %s", state);
        }
    }

    private void startSimulatedPbx() throws java.io.IOException {
        // A fresh secret per start: the emulator listens on a socket, and nothing but this server should log in.
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        EmulatorConfig ec = EmulatorConfig.defaults().withPort(0)
                .withCredentials(EmulatorConfig.DEFAULT_USERNAME, HexFormat.of().formatHex(secret));
        emulator = AmiEmulator.start(ec, threads);
        settings = settings.withAmi("127.0.0.1", emulator.port(), ec.username(), ec.secret());
        int perMinute = config.getOptionalValue(HotlineSettings.DEMO_CALLS_PER_MINUTE, Integer.class)
                .orElse(HotlineSettings.Defaults.DEMO_CALLS_PER_MINUTE);
        if (perMinute > 0) {
            demo = DemoHotline.start(emulator, perMinute, threads);
        }
        LOG.infof("PAKN0816: simulated hotline on 127.0.0.1:%d with %d demo calls a minute (set %s to use Asterisk, "
                + "%s=off to disable)", emulator.port(), perMinute, HotlineSettings.AMI_HOST, HotlineSettings.MODE);
    }

    private void startIvr(Executor onManagedThreads) {
        if (value(HotlineSettings.AGI_PORT, "0").trim().startsWith("-")) {
            LOG.infof("PAKN0819: IVR off (%s < 0)", HotlineSettings.AGI_PORT);
            return;
        }
        IvrPorts ports = new IvrPorts(ivrDesk::status, ivrDesk::survey, ivrDesk::voicemail);
        ivr = IvrServer.start(settings, onManagedThreads, ports, Clock.systemUTC());
        LOG.infof("PAKN0817: IVR (FastAGI) listening on %s:%d", settings.agiBindAddress(), settings.agiPort());
    }

    private Map<String, String> librarySettings() {
        Map<String, String> m = new HashMap<>();
        config.getOptionalValue(HotlineSettings.AMI_HOST, String.class).ifPresent(v -> m.put(TelephonySettings.AMI_HOST, v));
        m.put(TelephonySettings.AMI_PORT, value(HotlineSettings.AMI_PORT, String.valueOf(HotlineSettings.Defaults.AMI_PORT)));
        m.put(TelephonySettings.AMI_USERNAME, value(HotlineSettings.AMI_USERNAME, HotlineSettings.Defaults.AMI_USERNAME));
        config.getOptionalValue(HotlineSettings.AMI_SECRET, String.class)
                .ifPresent(v -> m.put(TelephonySettings.AMI_SECRET, v));
        String agiPort = value(HotlineSettings.AGI_PORT, String.valueOf(HotlineSettings.Defaults.AGI_PORT));
        // the library refuses negative ports; a negative value here only means "no IVR"
        m.put(TelephonySettings.AGI_PORT, agiPort.trim().startsWith("-") ? "0" : agiPort);
        m.put(TelephonySettings.AGI_BIND_ADDRESS, value(HotlineSettings.AGI_BIND_ADDRESS,
                HotlineSettings.Defaults.AGI_BIND_ADDRESS));
        m.put(TelephonySettings.IVR_RECORDING_DIR, value(HotlineSettings.IVR_RECORDING_DIR,
                HotlineSettings.Defaults.IVR_RECORDING_DIR));
        return m;
    }

    private String value(String key, String dflt) {
        return config.getOptionalValue(key, String.class).orElse(dflt);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.debugf(e, "PAKN0818: closing %s: %s", c.getClass().getSimpleName(), e.getMessage());
        }
    }
}
