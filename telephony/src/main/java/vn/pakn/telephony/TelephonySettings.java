package vn.pakn.telephony;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Settings of the telephony library. Every key is a documented constant; {@link Defaults} holds the
 * value used when a key is absent, so an empty map gives a working setup against the local emulator.
 *
 * <p>The server reads these keys from MicroProfile Config (environment variables) and passes them in
 * with {@link #fromMap(Map)}; the library itself never reads the environment.
 *
 * @param amiHost            {@value #AMI_HOST}: host of the Asterisk Manager Interface
 * @param amiPort            {@value #AMI_PORT}: TCP port of AMI
 * @param amiUsername        {@value #AMI_USERNAME}: manager.conf user
 * @param amiSecret          {@value #AMI_SECRET}: manager.conf secret (never logged)
 * @param responseTimeout    {@value #AMI_RESPONSE_TIMEOUT_MS}: wait for a response to an action
 * @param reconnectInitial   {@value #AMI_RECONNECT_INITIAL_MS}: first delay after a lost connection
 * @param reconnectMax       {@value #AMI_RECONNECT_MAX_MS}: the back-off doubles up to this delay
 * @param eventQueueCapacity {@value #AMI_EVENT_QUEUE_CAPACITY}: events buffered between the socket
 *                           reader and the call model; when full, events are dropped and a
 *                           reconciliation is scheduled instead of blocking the reader
 * @param defaultRegion      {@value #PHONE_REGION}: ISO region used to read national phone numbers
 * @param agiBindAddress     {@value #AGI_BIND_ADDRESS}: address the FastAGI server listens on
 * @param agiPort            {@value #AGI_PORT}: FastAGI port
 * @param recordingDir       {@value #IVR_RECORDING_DIR}: directory (on the Asterisk host) where the out-of-hours
 *                           IVR records messages; the path handed to {@code VoicemailIntake}
 */
public record TelephonySettings(
        String amiHost,
        int amiPort,
        String amiUsername,
        String amiSecret,
        Duration responseTimeout,
        Duration reconnectInitial,
        Duration reconnectMax,
        int eventQueueCapacity,
        String defaultRegion,
        String agiBindAddress,
        int agiPort,
        String recordingDir) {

    public static final String AMI_HOST = "pakn.telephony.ami.host";
    public static final String AMI_PORT = "pakn.telephony.ami.port";
    public static final String AMI_USERNAME = "pakn.telephony.ami.username";
    public static final String AMI_SECRET = "pakn.telephony.ami.secret";
    public static final String AMI_RESPONSE_TIMEOUT_MS = "pakn.telephony.ami.response-timeout-ms";
    public static final String AMI_RECONNECT_INITIAL_MS = "pakn.telephony.ami.reconnect-initial-ms";
    public static final String AMI_RECONNECT_MAX_MS = "pakn.telephony.ami.reconnect-max-ms";
    public static final String AMI_EVENT_QUEUE_CAPACITY = "pakn.telephony.ami.event-queue-capacity";
    public static final String PHONE_REGION = "pakn.telephony.phone.region";
    public static final String AGI_BIND_ADDRESS = "pakn.telephony.agi.bind-address";
    public static final String AGI_PORT = "pakn.telephony.agi.port";
    public static final String IVR_RECORDING_DIR = "pakn.telephony.ivr.recording-dir";

    /** Values used when a key is not set. */
    public static final class Defaults {
        public static final String AMI_HOST = "127.0.0.1";
        public static final int AMI_PORT = 5038;
        public static final String AMI_USERNAME = "pakn";
        /** Matches the emulator's default; production must set its own. */
        public static final String AMI_SECRET = "pakn";
        public static final long AMI_RESPONSE_TIMEOUT_MS = 5_000;
        public static final long AMI_RECONNECT_INITIAL_MS = 200;
        public static final long AMI_RECONNECT_MAX_MS = 30_000;
        public static final int AMI_EVENT_QUEUE_CAPACITY = 65_536;
        public static final String PHONE_REGION = "VN";
        public static final String AGI_BIND_ADDRESS = "0.0.0.0";
        public static final int AGI_PORT = 4573;
        public static final String IVR_RECORDING_DIR = "/var/spool/asterisk/pakn-vm";

        private Defaults() {
        }
    }

    public TelephonySettings {
        Objects.requireNonNull(amiHost, "amiHost");
        Objects.requireNonNull(amiUsername, "amiUsername");
        Objects.requireNonNull(amiSecret, "amiSecret");
        Objects.requireNonNull(recordingDir, "recordingDir");
        requirePositive(responseTimeout, "responseTimeout");
        requirePositive(reconnectInitial, "reconnectInitial");
        requirePositive(reconnectMax, "reconnectMax");
        if (amiPort <= 0 || amiPort > 65_535) {
            throw new IllegalArgumentException("amiPort must be 1..65535 but was " + amiPort);
        }
        if (agiPort < 0 || agiPort > 65_535) {
            throw new IllegalArgumentException("agiPort must be 0..65535 but was " + agiPort);
        }
        if (eventQueueCapacity < 16) {
            throw new IllegalArgumentException("eventQueueCapacity must be >= 16 but was " + eventQueueCapacity);
        }
        if (reconnectMax.compareTo(reconnectInitial) < 0) {
            throw new IllegalArgumentException("reconnectMax " + reconnectMax + " < reconnectInitial " + reconnectInitial);
        }
    }

    /** All defaults: the local emulator on port 5038. */
    public static TelephonySettings defaults() {
        return fromMap(Map.of());
    }

    /** Reads the documented keys; absent keys take their {@link Defaults}. */
    public static TelephonySettings fromMap(Map<String, String> values) {
        Function<String, String> get = values::get;
        return new TelephonySettings(
                str(get, AMI_HOST, Defaults.AMI_HOST),
                (int) num(get, AMI_PORT, Defaults.AMI_PORT),
                str(get, AMI_USERNAME, Defaults.AMI_USERNAME),
                str(get, AMI_SECRET, Defaults.AMI_SECRET),
                Duration.ofMillis(num(get, AMI_RESPONSE_TIMEOUT_MS, Defaults.AMI_RESPONSE_TIMEOUT_MS)),
                Duration.ofMillis(num(get, AMI_RECONNECT_INITIAL_MS, Defaults.AMI_RECONNECT_INITIAL_MS)),
                Duration.ofMillis(num(get, AMI_RECONNECT_MAX_MS, Defaults.AMI_RECONNECT_MAX_MS)),
                (int) num(get, AMI_EVENT_QUEUE_CAPACITY, Defaults.AMI_EVENT_QUEUE_CAPACITY),
                str(get, PHONE_REGION, Defaults.PHONE_REGION),
                str(get, AGI_BIND_ADDRESS, Defaults.AGI_BIND_ADDRESS),
                (int) num(get, AGI_PORT, Defaults.AGI_PORT),
                str(get, IVR_RECORDING_DIR, Defaults.IVR_RECORDING_DIR));
    }

    public TelephonySettings withAmi(String host, int port, String username, String secret) {
        return new TelephonySettings(host, port, username, secret, responseTimeout, reconnectInitial, reconnectMax,
                eventQueueCapacity, defaultRegion, agiBindAddress, agiPort, recordingDir);
    }

    public TelephonySettings withReconnect(Duration initial, Duration max) {
        return new TelephonySettings(amiHost, amiPort, amiUsername, amiSecret, responseTimeout, initial, max,
                eventQueueCapacity, defaultRegion, agiBindAddress, agiPort, recordingDir);
    }

    public TelephonySettings withEventQueueCapacity(int capacity) {
        return new TelephonySettings(amiHost, amiPort, amiUsername, amiSecret, responseTimeout, reconnectInitial,
                reconnectMax, capacity, defaultRegion, agiBindAddress, agiPort, recordingDir);
    }

    public TelephonySettings withAgi(String bindAddress, int port) {
        return new TelephonySettings(amiHost, amiPort, amiUsername, amiSecret, responseTimeout, reconnectInitial,
                reconnectMax, eventQueueCapacity, defaultRegion, bindAddress, port, recordingDir);
    }

    /** The secret is never printed. */
    @Override
    public String toString() {
        return "TelephonySettings[ami=" + amiUsername + "@" + amiHost + ":" + amiPort + ", responseTimeout="
                + responseTimeout + ", reconnect=" + reconnectInitial + ".." + reconnectMax + ", eventQueueCapacity="
                + eventQueueCapacity + ", region=" + defaultRegion + ", agi=" + agiBindAddress + ":" + agiPort + ", recordingDir=" + recordingDir + "]";
    }

    private static String str(Function<String, String> get, String key, String dflt) {
        String v = get.apply(key);
        return v == null || v.isBlank() ? dflt : v.trim();
    }

    private static long num(Function<String, String> get, String key, long dflt) {
        String v = get.apply(key);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Setting " + key + " must be a whole number but was '" + v + "'", e);
        }
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration but was " + d);
        }
    }
}
