package vn.pakn.telephony.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command line of the emulator jar; {@code --help} prints the options (also documented in telephony/README.md). */
public final class EmulatorMain {

    private static final String USAGE = """
            PAKN AMI/FastAGI emulator
              --port N               AMI port (default 5038, 0 = any free port)
              --user NAME            AMI user (default pakn)
              --secret S             AMI secret (default pakn)
              --asterisk-version V   version reported to clients (default 20.5.0; banner follows it)
              --no-timestamps        leave out the Timestamp: header (timestampevents=no)
              --scenario LIST        after the first login run: answered,abandoned,short-abandon,transfer,
                                     callback,voicemail,drop,concurrent (comma separated, or all)
              --time-scale X         scenario pacing: 0 = instant with virtual timestamps (default), 1 = real time
              --demo                 steady trickle of demo calls, forever (real time)
              --calls-per-minute N   demo rate (default 6)
              --replay FILE          send this recorded AMI transcript to every session that logs in
              --pace-ms N            pause between replayed events (default 0)
              --loop                 start the transcript again when it ends
              --agi HOST:PORT        instead: act as Asterisk calling a FastAGI server once, print the dialogue
              --agi-script NAME      script to request (status, survey, voicemail)
              --keys K1,K2           digits the caller keys, in order
              --hangup-after N       caller hangs up after N commands
            """;

    private EmulatorMain() {
    }

    public static void main(String[] argv) throws Exception {
        List<String> args = Arrays.asList(argv);
        if (args.contains("--help") || args.contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        if (opt(args, "--agi") != null) {
            agi(args);
            return;
        }
        EmulatorConfig cfg = new EmulatorConfig(Integer.parseInt(opt(args, "--port", "5038")),
                opt(args, "--user", EmulatorConfig.DEFAULT_USERNAME), opt(args, "--secret", EmulatorConfig.DEFAULT_SECRET),
                opt(args, "--asterisk-version", EmulatorConfig.DEFAULT_VERSION), !args.contains("--no-timestamps"),
                opt(args, "--replay") == null ? null : Path.of(opt(args, "--replay")),
                Duration.ofMillis(Long.parseLong(opt(args, "--pace-ms", "0"))), args.contains("--loop"));
        AmiEmulator emulator = AmiEmulator.start(cfg);
        System.out.println("AMI emulator listening on port " + emulator.port() + " (user " + cfg.username() + ")");
        double scale = Double.parseDouble(opt(args, "--time-scale", "0"));
        if (args.contains("--demo")) {
            DemoHotline.start(emulator, Integer.parseInt(opt(args, "--calls-per-minute", "6")), r -> {
                Thread t = new Thread(r, "demo-call");
                t.setDaemon(true);
                return t;
            });
        }
        String scenarios = opt(args, "--scenario");
        if (scenarios != null) {
            if (scale > 0) {
                emulator.setOriginateClock(() -> ScenarioClock.realTime(scale));
            }
            System.out.println("waiting for a client to log in…");
            emulator.awaitLogins(1, Duration.ofDays(365));
            Thread.sleep(500); // let the client finish its reconciliation first
            runScenarios(emulator, scenarios, scale);
        }
        Thread.currentThread().join(); // serve until killed
    }

    /** Runs the named scenarios one after the other; returns what each produced (Linkedid or a summary). */
    static Map<String, String> runScenarios(AmiEmulator emulator, String list, double scale)
            throws InterruptedException {
        Map<String, String> results = new LinkedHashMap<>();
        Scenarios s = new Scenarios(emulator.pbx());
        List<String> names = list.equals("all")
                ? List.of("answered", "abandoned", "short-abandon", "transfer", "callback", "voicemail", "drop",
                        "concurrent")
                : List.of(list.split(","));
        for (String name : names) {
            ScenarioClock clock = scale > 0 ? ScenarioClock.realTime(scale) : ScenarioClock.virtual(Instant.now());
            String result = switch (name.trim()) {
                case "answered" -> s.answered(clock, "0912345678", "hotline", "101", Duration.ofSeconds(12),
                        Duration.ofSeconds(95));
                case "abandoned" -> s.abandoned(clock, "+84987654321", "hotline", Duration.ofSeconds(45));
                case "short-abandon" -> s.abandoned(clock, "84903123456", "hotline", Duration.ofSeconds(3));
                case "transfer" -> s.transfer(clock, "0281234567", "hotline", "101", "102", Duration.ofSeconds(20),
                        Duration.ofSeconds(30), Duration.ofSeconds(60));
                case "callback" -> Scenarios.callbackLegs(emulator.pbx(), clock, "PJSIP/101", "pakn-callback",
                        "0912345678", java.util.Map.of("PAKN_CALLBACK", "demo-1", "PAKN_CITIZEN", "0912345678"))
                        .linkedId();
                case "voicemail" -> s.voicemail(clock, "0912000111");
                case "drop" -> drop(emulator, clock);
                case "concurrent" -> s.concurrent(clock, 200, "hotline").size() + " calls";
                default -> "unknown scenario " + name;
            };
            System.out.println("scenario " + name + ": " + result);
            results.put(name.trim(), result);
        }
        return results;
    }

    private static String drop(AmiEmulator emulator, ScenarioClock clock) throws InterruptedException {
        emulator.awaitFlushed(Duration.ofSeconds(5)); // earlier scenarios' events reach the client before the drop
        SimCall c = new SimCall(emulator.pbx(), clock, "0913000222").arrive().joinQueue("hotline")
                .pause(Duration.ofSeconds(5)).ringAgent("103").pause(Duration.ofSeconds(2)).agentAnswers();
        int before = emulator.logins();
        emulator.awaitFlushed(Duration.ofSeconds(5));
        emulator.dropConnections();
        c.pause(Duration.ofSeconds(30));
        emulator.awaitLogins(before + 1, Duration.ofSeconds(60));
        Thread.sleep(500);
        c.pause(Duration.ofSeconds(30)).callerHangsUp();
        return c.linkedId() + " (connection dropped mid-call)";
    }

    private static void agi(List<String> args) throws Exception {
        String[] hp = opt(args, "--agi").split(":");
        String keys = opt(args, "--keys", "");
        List<String> keyList = keys.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(keys.split(",")));
        FastAgiCaller.Spec spec = new FastAgiCaller.Spec(opt(args, "--agi-script", "status"), null, null, null,
                keyList, Integer.parseInt(opt(args, "--hangup-after", "-1")), java.util.Map.of());
        FastAgiCaller.Result r = FastAgiCaller.call(hp[0], Integer.parseInt(hp[1]), spec, Duration.ofSeconds(30));
        for (int i = 0; i < r.commands().size(); i++) {
            System.out.println("> " + r.commands().get(i));
            System.out.println("< " + r.replies().get(i));
        }
        System.out.println(r.hungUp() ? "caller hung up" : "script ended");
    }

    private static String opt(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }

    private static String opt(List<String> args, String name, String dflt) {
        String v = opt(args, name);
        return v == null ? dflt : v;
    }
}
