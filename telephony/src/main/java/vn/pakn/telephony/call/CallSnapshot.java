package vn.pakn.telephony.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable view of one call, keyed by Asterisk's {@code Linkedid} (the uniqueid of the first channel,
 * shared by every channel of the call). A new snapshot is emitted whenever something changes; the last
 * one has {@link CallPhase#ENDED} and an outcome. Persist it idempotently by {@link #linkedId()}.
 *
 * <p>Fields that are not known yet are {@code null}; the {@code Optional} helpers read them safely.
 *
 * @param linkedId       Asterisk Linkedid, the call's identity
 * @param direction      inbound call or callback
 * @param citizenNumber  the citizen's number, E.164 when it is a valid phone number, else as received
 * @param citizenNumberRaw the number exactly as Asterisk sent it
 * @param dialledNumber  the number the caller dialled (hotline number; citizen's number for a callback)
 * @param queue          queue the call waited in, or null
 * @param agent          queue member interface that answered (e.g. {@code PJSIP/101}), or null
 * @param extension      extension the call is (or was last) connected to, e.g. {@code 101}; after a transfer the
 *                       target; for a callback the operator who placed it
 * @param startedAt      first channel created
 * @param offeredAt      joined the queue (offered to operators)
 * @param answeredAt     an operator answered (callback: the citizen answered)
 * @param endedAt        the call ended
 * @param waitTime       time in queue measured from the events (not Asterisk's Holdtime)
 * @param talkTime       answer to end, including any transfer
 * @param phase          where the call is now
 * @param outcome        how it ended; null until {@link CallPhase#ENDED}
 * @param recording      MixMonitor or voicemail file, or null
 * @param transferred    the call was moved to another extension after being answered
 * @param callbackTaskId the callback task this call serves (callbacks only)
 * @param reconciled     some times were reconstructed from CoreShowChannels/QueueStatus after a reconnect
 */
public record CallSnapshot(
        String linkedId,
        CallDirection direction,
        String citizenNumber,
        String citizenNumberRaw,
        String dialledNumber,
        String queue,
        String agent,
        String extension,
        Instant startedAt,
        Instant offeredAt,
        Instant answeredAt,
        Instant endedAt,
        Duration waitTime,
        Duration talkTime,
        CallPhase phase,
        CallOutcome outcome,
        String recording,
        boolean transferred,
        String callbackTaskId,
        boolean reconciled) {

    public CallSnapshot {
        Objects.requireNonNull(linkedId, "linkedId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(phase, "phase");
        if (phase == CallPhase.ENDED) {
            Objects.requireNonNull(outcome, "outcome of an ended call");
        }
    }

    public boolean isEnded() {
        return phase == CallPhase.ENDED;
    }

    public Optional<CallOutcome> finalOutcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<Duration> waited() {
        return Optional.ofNullable(waitTime);
    }

    public Optional<Duration> talked() {
        return Optional.ofNullable(talkTime);
    }

    /**
     * The operator credited with the call: the extension of the queue member who answered it (so a transferred call
     * stays with the first operator), or for callbacks and direct calls the extension. Empty when nobody answered.
     */
    public Optional<String> operator() {
        String fromAgent = Channels.extensionOf(agent);
        return Optional.ofNullable(fromAgent != null ? fromAgent : extension);
    }

    public Optional<String> recordingFile() {
        return Optional.ofNullable(recording);
    }

    @Override
    public String toString() {
        return "Call[" + linkedId + " " + direction + " " + phase + (outcome == null ? "" : "/" + outcome) + " from="
                + PhoneNumbers.mask(citizenNumber) + " queue=" + queue + " ext=" + extension + " wait=" + waitTime
                + " talk=" + talkTime + (transferred ? " transferred" : "") + (reconciled ? " reconciled" : "") + "]";
    }
}
