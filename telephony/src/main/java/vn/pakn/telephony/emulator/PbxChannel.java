package vn.pakn.telephony.emulator;

import java.time.Instant;

/** A simulated Asterisk channel. Mutable fields change only through {@link SimulatedPbx}. */
public final class PbxChannel {
    final String name;
    final String uniqueId;
    final String linkedId;
    final String callerNum;
    final String callerName;
    final Instant createdAt;
    volatile int state;
    volatile String context;
    volatile String exten;
    volatile int priority = 1;
    volatile String connectedNum = "<unknown>";
    volatile String connectedName = "<unknown>";
    volatile String application = "";
    volatile String applicationData = "";
    volatile String bridgeId = "";

    PbxChannel(String name, String uniqueId, String linkedId, String callerNum, String callerName, String context,
            String exten, Instant createdAt) {
        this.name = name;
        this.uniqueId = uniqueId;
        this.linkedId = linkedId;
        this.callerNum = callerNum;
        this.callerName = callerName;
        this.context = context;
        this.exten = exten;
        this.createdAt = createdAt;
    }

    public String name() {
        return name;
    }

    public String uniqueId() {
        return uniqueId;
    }

    public String linkedId() {
        return linkedId;
    }

    static String stateDesc(int state) {
        return switch (state) {
            case 0 -> "Down";
            case 4 -> "Ring";
            case 5 -> "Ringing";
            case 6 -> "Up";
            case 7 -> "Busy";
            default -> "Unknown";
        };
    }
}
