package vn.pakn.telephony.agi;

/**
 * Port implemented by the server: turns a recorded message into a report with the recording attached and a callback
 * task, and returns the report's tracking code (read back to the caller). Must be idempotent by Linkedid: Asterisk may
 * run the script again for the same call.
 */
@FunctionalInterface
public interface VoicemailIntake {
    String accept(VoicemailMessage message);
}
