package vn.pakn.telephony.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A stand-in for Asterisk's manager interface over plain sockets: banner, Challenge/Login (plain and MD5), ActionID
 * correlation, the event stream of the {@link SimulatedPbx}, and answers to Ping, CoreSettings, Command (core show
 * version), CoreShowChannels, QueueStatus, QueuePause, Originate, Events and Logoff. In replay mode every session that
 * logs in is sent a recorded transcript.
 */
public final class AmiEmulator implements AutoCloseable {

    private final EmulatorConfig config;
    private final SimulatedPbx pbx;
    private final ServerSocket server;
    private final Set<AmiSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger logins = new AtomicInteger();
    private final ReplayTranscript replay;
    private volatile Supplier<ScenarioClock> originateClock = () -> ScenarioClock.virtual(Instant.now());
    private volatile boolean running = true;

    private final ThreadFactory threads;

    private AmiEmulator(EmulatorConfig config, ThreadFactory threads) throws IOException {
        this.config = config;
        this.threads = threads;
        this.pbx = new SimulatedPbx(config.timestamps());
        this.replay = config.replayFile() == null ? null : ReplayTranscript.load(config.replayFile());
        this.server = new ServerSocket(config.port(), 200, InetAddress.getByName("0.0.0.0"));
        threads.newThread(this::acceptLoop).start();
    }

    /** Starts on daemon threads of its own (tests, the command line). */
    public static AmiEmulator start(EmulatorConfig config) throws IOException {
        return start(config, r -> {
            Thread t = new Thread(r, "ami-emulator");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts with threads from the given factory (e.g. the container's ManagedThreadFactory when the demo server runs
     * the simulated hotline in-process): one accept loop, two per connected client, one per replay or Originate.
     */
    public static AmiEmulator start(EmulatorConfig config, ThreadFactory threads) throws IOException {
        return new AmiEmulator(config, threads);
    }

    ThreadFactory threads() {
        return threads;
    }

    public int port() {
        return server.getLocalPort();
    }

    public SimulatedPbx pbx() {
        return pbx;
    }

    public EmulatorConfig config() {
        return config;
    }

    /** How the callbacks placed by Originate keep time (virtual by default; real time in demo mode). */
    public void setOriginateClock(Supplier<ScenarioClock> clock) {
        this.originateClock = clock;
    }

    /** Successful logins since start. */
    public int logins() {
        return logins.get();
    }

    public int openSessions() {
        return (int) sessions.stream().filter(AmiSession::isLoggedIn).count();
    }

    /** Sends pre-rendered event blocks (wire form) to every logged-in session, in order. */
    public void broadcast(List<String> wireEvents) {
        for (AmiSession s : sessions) {
            if (s.isLoggedIn()) {
                for (String e : wireEvents) {
                    s.sendEvent(e);
                }
            }
        }
    }

    /** Waits until every session has written out what was queued for it (then a little longer for the client). */
    public void awaitFlushed(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (sessions.stream().anyMatch(s -> s.pending() > 0) && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        Thread.sleep(100);
    }

    /**
     * Like {@link #broadcast(List)} but skips the sessions' manager filters: for load tests whose events were filtered
     * beforehand, so that the emulator's own regex work does not compete with the client being measured.
     */
    public void broadcastUnfiltered(List<String> wireEvents) {
        for (AmiSession s : sessions) {
            if (s.isLoggedIn()) {
                for (String e : wireEvents) {
                    s.sendRaw(e);
                }
            }
        }
    }

    /** Severs every AMI session, as a network drop or an Asterisk restart would; calls carry on in the PBX. */
    public void dropConnections() {
        for (AmiSession s : List.copyOf(sessions)) {
            s.close();
        }
    }

    /** Waits until at least {@code n} logins happened in total. */
    public boolean awaitLogins(int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (logins.get() < n) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    @Override
    public void close() {
        running = false;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        dropConnections();
    }

    void sessionClosed(AmiSession s) {
        sessions.remove(s);
        pbx.removeListener(s);
    }

    void loggedIn(AmiSession s) {
        logins.incrementAndGet();
        if (replay != null) {
            threads.newThread(() -> replayTo(s)).start();
        }
    }

    private void replayTo(AmiSession s) {
        do {
            for (String event : replay.events()) {
                if (!s.isLoggedIn()) {
                    return;
                }
                s.sendEvent(event);
                if (!config.replayPace().isZero()) {
                    try {
                        Thread.sleep(config.replayPace().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        } while (config.replayLoop() && s.isLoggedIn());
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                AmiSession s = new AmiSession(socket, this);
                sessions.add(s);
                s.start();
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    void handleAction(AmiSession s, String name, AmiBlock action, String id) {
        Instant now = Instant.now();
        switch (name.toLowerCase()) {
            case "ping" -> s.respond(AmiSession.success(id).add("Ping", "Pong")
                    .add("Timestamp", String.format("%d.%06d", now.getEpochSecond(), now.getNano() / 1000)));
            case "coresettings" -> s.respond(AmiSession.success(id).add("AMIversion", config.amiVersion())
                    .add("AsteriskVersion", config.asteriskVersion()).add("SystemName", "pakn-emulator")
                    .add("CoreMaxCalls", 0).add("CoreMaxLoadAvg", "0.000000").add("CoreRunUser", "asterisk")
                    .add("CoreRunGroup", "asterisk").add("CoreMaxFilehandles", 0).add("CoreRealTimeEnabled", "No")
                    .add("CoreCDRenabled", "Yes").add("CoreHTTPenabled", "No"));
            case "command" -> command(s, action.get("Command"), id);
            case "events" -> {
                String mask = action.get("EventMask");
                boolean on = mask == null || !mask.equalsIgnoreCase("off");
                s.respond(AmiSession.success(id).add("Events", on ? "On" : "Off"));
            }
            case "coreshowchannels" -> list(s, id, "Channels will follow", pbx.coreShowChannels(id, now),
                    "CoreShowChannelsComplete");
            case "queuestatus" -> list(s, id, "Queue status will follow",
                    pbx.queueStatus(id, action.get("Queue"), now), "QueueStatusComplete");
            case "queuepause" -> queuePause(s, action, id, now);
            case "originate" -> originate(s, action, id);
            case "filter" -> {
                if (!"Add".equalsIgnoreCase(action.get("Operation"))) {
                    s.respond(AmiSession.error(id, "Unknown operation"));
                } else if (s.addFilter(action.get("Filter"))) {
                    s.respond(AmiSession.success(id).add("Message", "Filter Added Successfully"));
                } else {
                    s.respond(AmiSession.error(id, "Filter Not Added"));
                }
            }
            default -> s.respond(AmiSession.error(id, "Invalid/unknown command"));
        }
    }

    private void command(AmiSession s, String command, String id) {
        String cmd = command == null ? "" : command.trim();
        if (cmd.equals("core show version")) {
            s.respond(AmiSession.success(id).add("Message", "Command output follows").add("Output", "Asterisk "
                    + config.asteriskVersion() + " built by pakn @ emulator on a x86_64 running Linux"));
        } else {
            s.respond(AmiSession.success(id).add("Message", "Command output follows").add("Output",
                    "No such command '" + cmd + "' (type 'core show help " + cmd + "' for other possible commands)"));
        }
    }

    private void list(AmiSession s, String id, String message, List<AmiBlock> items, String completeEvent) {
        StringBuilder sb = new StringBuilder();
        sb.append(AmiSession.success(id).add("EventList", "start").add("Message", message).render());
        for (AmiBlock b : items) {
            sb.append(b.render());
        }
        sb.append(AmiBlock.of("Event", completeEvent).addIfPresent("ActionID", id).add("EventList", "Complete")
                .add("ListItems", items.size()).render());
        s.sendRaw(sb.toString()); // one write: the list is not interleaved with live events
    }

    private void queuePause(AmiSession s, AmiBlock a, String id, Instant now) {
        String iface = a.get("Interface");
        if (iface == null || iface.isEmpty()) {
            s.respond(AmiSession.error(id, "Need 'Interface' and 'Paused' parameters."));
            return;
        }
        boolean paused = "true".equalsIgnoreCase(a.get("Paused")) || "1".equals(a.get("Paused"))
                || "yes".equalsIgnoreCase(a.get("Paused"));
        if (pbx.pause(now, a.get("Queue"), iface, paused, a.get("Reason"))) {
            s.respond(AmiSession.success(id).add("Message", "Interface " + (paused ? "paused" : "unpaused")
                    + " successfully"));
        } else {
            s.respond(AmiSession.error(id, "Interface not found"));
        }
    }

    private void originate(AmiSession s, AmiBlock a, String id) {
        String channel = a.get("Channel");
        if (channel == null || !channel.contains("/")) {
            s.respond(AmiSession.error(id, "Channel not specified"));
            return;
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (String v : a.getAll("Variable")) {
            for (String pair : v.split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    vars.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        String context = a.get("Context") == null ? "default" : a.get("Context");
        String exten = a.get("Exten") == null ? "s" : a.get("Exten");
        s.respond(AmiSession.success(id).add("Message", "Originate successfully queued"));
        ScenarioClock clock = originateClock.get();
        threads.newThread(() -> Scenarios.callbackLegs(pbx, clock, channel, context, exten, vars,
                leg -> s.respond(AmiBlock.of("Event", "OriginateResponse").add("Privilege", "call,all")
                        .addIfPresent("ActionID", id).add("Response", "Success").add("Channel", leg.name())
                        .add("Context", context).add("Exten", exten).add("Application", "").add("Data", "")
                        .add("Reason", 4).add("Uniqueid", leg.uniqueId()).add("CallerIDNum", "<unknown>")
                        .add("CallerIDName", "<unknown>")))).start();
    }

    /** Runs the emulator from a shell; see {@link EmulatorMain}. */
    public static void main(String[] args) throws Exception {
        EmulatorMain.main(args);
    }
}
