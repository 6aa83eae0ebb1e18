package vn.pakn.telephony.emulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ThreadFactory;

/**
 * A steady trickle of realistic calls, forever, in real time: 70 % answered, 15 % abandoned, 5 % short abandons,
 * 5 % transfers, 5 % out-of-hours messages, callers with random Vietnamese numbers. For the demo server, which can run
 * it in-process on its own ThreadFactory (the container's ManagedThreadFactory), or via {@code --demo} on the jar.
 */
public final class DemoHotline implements AutoCloseable {

    private static final String[] OPERATORS = {"101", "102", "103"};

    private final Scenarios scenarios;
    private final ThreadFactory threads;
    private final long gapMillis;
    private final Random random;
    private volatile boolean running = true;

    private DemoHotline(AmiEmulator emulator, int callsPerMinute, ThreadFactory threads, long seed) {
        this.scenarios = new Scenarios(emulator.pbx());
        this.threads = Objects.requireNonNull(threads, "threads");
        this.gapMillis = Math.max(1_000, 60_000L / Math.max(1, callsPerMinute));
        this.random = new Random(seed);
        emulator.setOriginateClock(() -> ScenarioClock.realTime(1.0));
    }

    /** Starts placing calls; one thread paces them and each call runs on a thread of its own. */
    public static DemoHotline start(AmiEmulator emulator, int callsPerMinute, ThreadFactory threads) {
        DemoHotline demo = new DemoHotline(emulator, callsPerMinute, threads, System.nanoTime());
        threads.newThread(demo::pace).start();
        return demo;
    }

    @Override
    public void close() {
        running = false;
    }

    private void pace() {
        while (running) {
            threads.newThread(nextCall()).start();
            try {
                Thread.sleep(gapMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized Runnable nextCall() {
        int dice = random.nextInt(100);
        String caller = (random.nextBoolean() ? "09" : "03") + String.format("%08d", random.nextInt(100_000_000));
        String ext = OPERATORS[random.nextInt(OPERATORS.length)];
        Duration wait = Duration.ofSeconds(3 + random.nextInt(40));
        Duration talk = Duration.ofSeconds(30 + random.nextInt(150));
        ScenarioClock clock = ScenarioClock.realTime(1.0);
        if (dice < 70) {
            return () -> scenarios.answered(clock, caller, "hotline", ext, wait, talk);
        } else if (dice < 85) {
            return () -> scenarios.abandoned(clock, caller, "hotline", wait.plusSeconds(10));
        } else if (dice < 90) {
            return () -> scenarios.abandoned(clock, caller, "hotline", Duration.ofSeconds(2));
        } else if (dice < 95) {
            return () -> scenarios.transfer(clock, caller, "hotline", ext, "102", Duration.ofSeconds(8),
                    Duration.ofSeconds(20), talk);
        }
        return () -> scenarios.voicemail(clock, caller);
    }
}
