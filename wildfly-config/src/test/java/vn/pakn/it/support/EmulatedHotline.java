package vn.pakn.it.support;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pakn.telephony.emulator.AmiEmulator;
import vn.pakn.telephony.emulator.EmulatorConfig;

/**
 * The telephony library's AMI emulator in the test JVM as the server's Asterisk: started on a free port before a
 * test class deploys the app, with the server's system properties pointing its hotline listener at it (MicroProfile
 * Config reads them before the PAKN_* environment, which turns the hotline off for every other test class).
 */
public final class EmulatedHotline {

    private static final List<String> PROPERTIES = List.of("pakn.hotline", "pakn.ami.host", "pakn.ami.port",
            "pakn.ami.username", "pakn.ami.secret", "pakn.agi.port", "pakn.agi.bind-address");

    private EmulatedHotline() {
    }

    /**
     * Starts the emulator and points the server at it; call from the {@code @Deployment} method.
     *
     * @param more further server properties, e.g. the FastAGI port ({@code pakn.agi.port}, {@code pakn.agi.bind-address})
     */
    public static AmiEmulator start(Map<String, String> more) {
        AmiEmulator emulator;
        try {
            emulator = AmiEmulator.start(EmulatorConfig.defaults().withPort(0));
        } catch (IOException e) {
            throw new IllegalStateException("AMI emulator did not start", e);
        }
        Map<String, String> properties = new HashMap<>(Map.of("pakn.hotline", "asterisk", "pakn.ami.host", "127.0.0.1",
                "pakn.ami.port", String.valueOf(emulator.port()), "pakn.ami.username", EmulatorConfig.DEFAULT_USERNAME,
                "pakn.ami.secret", EmulatorConfig.DEFAULT_SECRET));
        properties.putAll(more);
        ServerProperties.set(properties);
        return emulator;
    }

    /** Removes the server properties (the next test class's deployment has the hotline off again) and stops it. */
    public static void stop(AmiEmulator emulator) {
        ServerProperties.remove(PROPERTIES);
        if (emulator != null) {
            emulator.close();
        }
    }
}
