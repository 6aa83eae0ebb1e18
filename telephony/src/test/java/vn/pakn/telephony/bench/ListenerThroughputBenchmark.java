package vn.pakn.telephony.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import vn.pakn.telephony.TelephonySettings;
import vn.pakn.telephony.ami.CallTracker;
import vn.pakn.telephony.ami.TrackerStats;
import vn.pakn.telephony.emulator.AmiEmulator;
import vn.pakn.telephony.emulator.EmulatorConfig;
import vn.pakn.telephony.emulator.ScenarioClock;
import vn.pakn.telephony.emulator.Scenarios;
import vn.pakn.telephony.emulator.SimulatedPbx;

/**
 * Events per second the listener sustains from the socket to the call model: the emulator streams pre-rendered
 * events of realistic queue calls (answered, abandoned, transferred) over a real TCP socket as fast as the client
 * reads; we time from the first byte until the tracker has folded the last event, and check no event was dropped.
 * Plain Java (no JMH): the unit of work is a whole socket stream, not a method.
 *
 * <p>Run: {@code ./mvnw -B -ntp -pl telephony -Pbench verify} (argument: number of calls, default from the pom).
 */
public final class ListenerThroughputBenchmark {

    private ListenerThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        List<String> warmup = render(calls / 2, 1);
        System.out.printf("calls per round %d, events: warm-up %d%n", calls, warmup.size());

        try (AmiEmulator emulator = AmiEmulator.start(EmulatorConfig.defaults().withPort(0))) {
            ExecutorService executor = Executors.newFixedThreadPool(2);
            AtomicLong ended = new AtomicLong();
            TelephonySettings settings = TelephonySettings.defaults()
                    .withAmi("127.0.0.1", emulator.port(), EmulatorConfig.DEFAULT_USERNAME, EmulatorConfig.DEFAULT_SECRET)
                    .withEventQueueCapacity(65_536);
            try (CallTracker tracker = CallTracker.create(settings, executor, s -> {
                if (s.isEnded()) {
                    ended.incrementAndGet();
                }
            })) {
                tracker.start();
                if (!tracker.awaitConnected(Duration.ofSeconds(20))) {
                    throw new IllegalStateException("tracker did not connect");
                }
                Thread.sleep(300);
                round("warm-up", emulator, tracker, warmup, ended);
                for (int i = 1; i <= 3; i++) {
                    round("run " + i, emulator, tracker, render(calls, 1 + i), ended);
                }
            } finally {
                executor.shutdownNow();
            }
        }
    }

    private static void round(String name, AmiEmulator emulator, CallTracker tracker, List<String> events,
            AtomicLong ended) throws InterruptedException {
        TrackerStats before = tracker.stats();
        long endedBefore = ended.get();
        // the tracker's manager Filter lets only the events the model uses cross the socket (as on real Asterisk);
        // asterisk-java adds a legacy DialEvent for every DialBegin
        List<String> sent = events.stream().filter(ListenerThroughputBenchmark::whitelisted).toList();
        long legacy = sent.stream().filter(e -> e.startsWith("Event: DialBegin\r\n")).count();
        long target = before.eventsReceived() + sent.size() + legacy;
        Map<String, Long> cpuBefore = listenerCpu();
        long t0 = System.nanoTime();
        emulator.broadcastUnfiltered(sent);
        int maxDepth = 0;
        while (tracker.stats().eventsProcessed() + tracker.stats().eventsDropped() < target) {
            maxDepth = Math.max(maxDepth, tracker.stats().queueDepth());
            Thread.sleep(1);
        }
        long nanos = System.nanoTime() - t0;
        long endedDeadline = System.nanoTime() + 5_000_000_000L;
        while (ended.get() - endedBefore < sent.stream().filter(e -> e.startsWith("Event: Cdr")).count()
                && System.nanoTime() < endedDeadline) {
            Thread.sleep(1);
        }
        TrackerStats after = tracker.stats();
        Map<String, Long> cpuAfter = listenerCpu();
        long busiest = 0;
        String busiestName = "";
        for (Map.Entry<String, Long> e : cpuAfter.entrySet()) {
            long used = e.getValue() - cpuBefore.getOrDefault(e.getKey(), 0L);
            if (used > busiest) {
                busiest = used;
                busiestName = e.getKey();
            }
        }
        double perSecond = sent.size() / (nanos / 1e9);
        System.out.printf("%-8s %,9d events in %6.0f ms = %,10.0f events/s; calls ended %,d; dropped %d;"
                + " max queue depth %,d%n", name, sent.size(), nanos / 1e6, perSecond, ended.get() - endedBefore,
                after.eventsDropped() - before.eventsDropped(), maxDepth);
        // on a loaded machine wall-clock time includes waiting for a core; the busiest listener thread's own CPU time
        // bounds what the pipeline sustains when it has its cores
        System.out.printf("         busiest listener thread %s: %.0f ms CPU = %,.0f events per CPU-second%n",
                busiestName, busiest / 1e6, sent.size() / (busiest / 1e9));
    }

    /** CPU time of asterisk-java's reader and event pump and of the tracker's executor threads. */
    private static Map<String, Long> listenerCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> out = new HashMap<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("Asterisk-Java")
                    || info.getThreadName().startsWith("pool-"))) {
                out.put(info.getThreadName() + "#" + info.getThreadId(), mx.getThreadCpuTime(info.getThreadId()));
            }
        }
        return out;
    }

    private static final List<Pattern> WHITELIST = List.of(Pattern.compile(
            "Event: (Newchannel|Newstate|Hangup|QueueCaller(Join|Leave|Abandon)|Agent(Called|Connect|Complete)"
                    + "|Dial(Begin|End)|Bridge(Enter|Leave)|BlindTransfer|AttendedTransfer|Cdr|OriginateResponse)"),
            Pattern.compile("Variable: (MIXMONITOR_FILENAME|VM_MESSAGEFILE|PAKN_)"));

    private static boolean whitelisted(String event) {
        return WHITELIST.stream().anyMatch(p -> p.matcher(event).find());
    }

    /** The wire form of {@code calls} calls: 80 % answered, 10 % abandoned, 10 % transferred. */
    private static List<String> render(int calls, int seed) {
        SimulatedPbx pbx = new SimulatedPbx(true, 1_700_000_000L + seed * 1_000_000L);
        List<String> out = new ArrayList<>(calls * 30);
        pbx.onEvent(out::add);
        Scenarios s = new Scenarios(pbx);
        Instant start = Instant.parse("2026-11-23T01:00:00Z").plusSeconds(seed * 86_400L);
        for (int i = 0; i < calls; i++) {
            ScenarioClock clock = ScenarioClock.virtual(start.plusSeconds(i));
            String caller = String.format("09%08d", i);
            switch (i % 10) {
                case 8 -> s.abandoned(clock, caller, "hotline", Duration.ofSeconds(30));
                case 9 -> s.transfer(clock, caller, "hotline", "101", "102", Duration.ofSeconds(15),
                        Duration.ofSeconds(20), Duration.ofSeconds(40));
                default -> s.answered(clock, caller, "hotline", "10" + (1 + i % 3), Duration.ofSeconds(12),
                        Duration.ofSeconds(90));
            }
        }
        return out;
    }
}
