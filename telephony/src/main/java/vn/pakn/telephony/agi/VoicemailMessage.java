package vn.pakn.telephony.agi;

import java.time.Instant;

/**
 * A message left out of hours.
 *
 * @param linkedId         the call (idempotency key for the report it becomes)
 * @param callerNumber     normalised (E.164 when valid)
 * @param callerNumberRaw  as Asterisk sent it
 * @param recordingFile    full path of the recording on the Asterisk host, with extension
 * @param completed        false when the caller hung up during the recording (the file may still hold a message)
 */
public record VoicemailMessage(String linkedId, String callerNumber, String callerNumberRaw, String recordingFile,
        boolean completed, Instant receivedAt) {
}
