package vn.pakn.telephony.agi;

import java.time.LocalDate;
import java.time.ZoneId;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.reply.AgiReply;
import vn.pakn.telephony.CallerHungUpException;
import vn.pakn.telephony.TelephonyException;

/**
 * The few channel operations the scripts use, with asterisk-java's checked exceptions turned into ours: a hang-up
 * becomes {@link CallerHungUpException}, anything else a {@link TelephonyException}. One per call, never shared.
 */
final class IvrCall {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AgiChannel channel;

    IvrCall(AgiChannel channel) {
        this.channel = channel;
    }

    void answer() {
        run(channel::answer);
    }

    void play(String prompt) {
        run(() -> channel.streamFile(prompt));
    }

    /** Keys pressed after the prompt; empty string on timeout. */
    String keys(String prompt, long timeoutMillis, int maxDigits) {
        String[] out = new String[1];
        run(() -> out[0] = channel.getData(prompt, timeoutMillis, maxDigits));
        return out[0] == null ? "" : out[0];
    }

    void sayDigits(String digits) {
        run(() -> channel.sayDigits(digits));
    }

    /** The date at midnight in Vietnam, spoken by Asterisk's SAY DATE. */
    void sayDate(LocalDate date) {
        long epoch = date.atStartOfDay(VIETNAM).toEpochSecond();
        run(() -> {
            AgiReply reply = channel.sendCommand(new SayDateCommand(epoch));
            if (reply.getStatus() == AgiReply.SC_DEAD_CHANNEL || reply.getResultCode() == -1) {
                throw new AgiHangupException();
            }
        });
    }

    /** Records until '#' or silence; returns true when ended by '#' or timeout, false if the caller hung up. */
    boolean record(String file, int maxMillis) {
        char[] out = new char[1];
        try {
            run(() -> out[0] = channel.recordFile(file, "wav", "#", maxMillis, 0, true, 5));
            return true;
        } catch (CallerHungUpException e) {
            return false;
        }
    }

    void set(String variable, String value) {
        run(() -> channel.setVariable(variable, value));
    }

    String variable(String expression) {
        String[] out = new String[1];
        run(() -> out[0] = channel.getFullVariable(expression));
        return out[0];
    }

    void hangup() {
        try {
            channel.hangup();
        } catch (AgiException e) {
            // already gone
        }
    }

    private interface AgiAction {
        void run() throws AgiException;
    }

    private static void run(AgiAction a) {
        try {
            a.run();
        } catch (AgiHangupException e) {
            throw new CallerHungUpException("PAKN-TEL-0030 caller hung up during the IVR", e);
        } catch (AgiException e) {
            throw new TelephonyException("PAKN-TEL-0031 AGI command failed: " + e.getMessage(), e);
        }
    }
}
