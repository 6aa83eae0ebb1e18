package vn.pakn.infrastructure.telephony;

import java.util.Locale;
import java.util.Optional;

/**
 * Keys of the hotline wiring (MicroProfile Config; the environment variable is the key in upper case with
 * underscores, e.g. {@code PAKN_AMI_HOST}), defaults in {@link Defaults}.
 */
public final class HotlineSettings {

    /** {@code simulated} (default), {@code asterisk} or {@code off}; see {@link Mode#resolve}. */
    public static final String MODE = "pakn.hotline";
    /** Asterisk host; setting it selects the real Asterisk. */
    public static final String AMI_HOST = "pakn.ami.host";
    /** int, AMI port. */
    public static final String AMI_PORT = "pakn.ami.port";
    /** manager.conf user. */
    public static final String AMI_USERNAME = "pakn.ami.username";
    /** manager.conf secret (never logged). */
    public static final String AMI_SECRET = "pakn.ami.secret";
    /** int, FastAGI port of the IVR; 0 picks a free port (tests); negative disables the IVR. */
    public static final String AGI_PORT = "pakn.agi.port";
    /** Address the FastAGI server listens on; {@code 0.0.0.0} when Asterisk runs on another host. */
    public static final String AGI_BIND_ADDRESS = "pakn.agi.bind-address";
    /** Directory on the Asterisk host where the out-of-hours IVR records messages. */
    public static final String IVR_RECORDING_DIR = "pakn.ivr.recording-dir";
    /** int, demo calls per minute of the simulated hotline. */
    public static final String DEMO_CALLS_PER_MINUTE = "pakn.hotline.demo-calls-per-minute";
    /** Channel technology put before a bare extension for Originate ({@code PJSIP/101}). */
    public static final String OPERATOR_TECHNOLOGY = "pakn.ami.operator-technology";
    /** Dialplan context that dials the citizen when a callback's operator leg answers. */
    public static final String CALLBACK_CONTEXT = "pakn.ami.callback-context";

    /** The defaults, as strings for {@code Config.getOptionalValue(…).orElse(…)}. */
    public static final class Defaults {
        public static final String MODE = "simulated";
        public static final int AMI_PORT = 5038;
        public static final String AMI_USERNAME = "pakn";
        public static final String AMI_SECRET = "";
        public static final int AGI_PORT = 4573;
        public static final String AGI_BIND_ADDRESS = "127.0.0.1";
        public static final String IVR_RECORDING_DIR = "/var/spool/asterisk/pakn-vm";
        /** One call every 30 s on average: the call desk stays alive in a demo without flooding it. */
        public static final int DEMO_CALLS_PER_MINUTE = 2;
        public static final String OPERATOR_TECHNOLOGY = "PJSIP";
        public static final String CALLBACK_CONTEXT = "pakn-callback";

        private Defaults() {
        }
    }

    /** Which telephone system the server listens to. */
    public enum Mode {
        /** No AMI listener, no IVR. */
        OFF,
        /** The library's emulator in-process on a free loopback port, with a trickle of demo calls. */
        SIMULATED,
        /** A real Asterisk at {@link #AMI_HOST}. */
        ASTERISK;

        /**
         * {@code off} wins; otherwise a configured AMI host means the real Asterisk, and without one the simulated
         * hotline runs ({@code asterisk} without a host is refused).
         */
        public static Mode resolve(String mode, Optional<String> amiHost) {
            String m = mode == null || mode.isBlank() ? Defaults.MODE : mode.trim().toLowerCase(Locale.ROOT);
            boolean host = amiHost.filter(h -> !h.isBlank()).isPresent();
            return switch (m) {
                case "off", "false", "none" -> OFF;
                case "simulated", "demo", "on", "true" -> host ? ASTERISK : SIMULATED;
                case "asterisk" -> {
                    if (!host) {
                        throw new IllegalArgumentException(MODE + "=asterisk needs " + AMI_HOST + " (PAKN_AMI_HOST)");
                    }
                    yield ASTERISK;
                }
                default -> throw new IllegalArgumentException(MODE + " must be simulated, asterisk or off but was '"
                        + mode + "'");
            };
        }
    }

    private HotlineSettings() {
    }
}
