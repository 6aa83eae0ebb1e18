package vn.pakn.telephony.emulator;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the AMI emulator.
 *
 * @param port           TCP port, 0 for any free port (tests)
 * @param username       accepted manager user
 * @param secret         its secret (plain {@code Secret:} and MD5 challenge logins both work)
 * @param asteriskVersion reported by CoreSettings and {@code core show version}; the banner follows it
 * @param timestamps     add {@code Timestamp:} to events, as {@code timestampevents=yes} does
 * @param replayFile     when set, every session that logs in is sent this recorded transcript
 * @param replayPace     pause between replayed events (zero = as fast as the socket takes them)
 * @param replayLoop     start the transcript again at the end
 */
public record EmulatorConfig(int port, String username, String secret, String asteriskVersion, boolean timestamps,
        Path replayFile, Duration replayPace, boolean replayLoop) {

    public static final String DEFAULT_USERNAME = "pakn";
    public static final String DEFAULT_SECRET = "pakn";
    /** Asterisk 20 LTS; AMI 9.0.0 per include/asterisk/manager.h of that branch. */
    public static final String DEFAULT_VERSION = "20.5.0";

    public EmulatorConfig {
        replayPace = replayPace == null ? Duration.ZERO : replayPace;
    }

    public static EmulatorConfig defaults() {
        return new EmulatorConfig(5038, DEFAULT_USERNAME, DEFAULT_SECRET, DEFAULT_VERSION, true, null, Duration.ZERO,
                false);
    }

    public EmulatorConfig withPort(int p) {
        return new EmulatorConfig(p, username, secret, asteriskVersion, timestamps, replayFile, replayPace, replayLoop);
    }

    public EmulatorConfig withReplay(Path file, Duration pace, boolean loop) {
        return new EmulatorConfig(port, username, secret, asteriskVersion, timestamps, file, pace, loop);
    }

    public EmulatorConfig withCredentials(String user, String pass) {
        return new EmulatorConfig(port, user, pass, asteriskVersion, timestamps, replayFile, replayPace, replayLoop);
    }

    /** AMI protocol version of the banner for the major Asterisk version (manager.h AMI_VERSION). */
    String amiVersion() {
        String major = asteriskVersion.split("\\.")[0];
        return switch (major) {
            case "16" -> "5.0.5";
            case "18" -> "7.0.3";
            case "20" -> "9.0.0";
            case "21" -> "10.0.0";
            case "22" -> "11.0.0";
            default -> "9.0.0";
        };
    }
}
