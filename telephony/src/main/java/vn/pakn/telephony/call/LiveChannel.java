package vn.pakn.telephony.call;

import java.time.Duration;

/**
 * One channel as reported by {@code CoreShowChannels} when the listener (re)connects.
 *
 * @param bridged   the channel is in a bridge (talking to someone)
 * @param application current dialplan application, e.g. {@code Queue}, {@code AGI}, {@code Dial}
 */
public record LiveChannel(String linkedId, String uniqueId, String channel, String callerNum, String exten,
        String application, String applicationData, boolean bridged, Duration age) {
}
