package vn.pakn.domain.model.call;

/**
 * Port to the telephone system (the adapter is in {@code vn.pakn.infrastructure.telephony}, over the telephony
 * library's AMI actions).
 */
public interface TelephonyGateway {

    /**
     * Rings the operator's phone and, once they answer, dials the citizen; returns once Asterisk accepted the request.
     * The call then appears in the call records with direction CALLBACK and this task's id.
     *
     * @param operatorExtension the operator's extension or queue member interface ({@code 101}, {@code PJSIP/101})
     * @param citizenNumber     E.164 or national number
     * @throws vn.pakn.domain.model.shared.DomainException (conflict) when the hotline is off or Asterisk refused
     */
    void callBack(String operatorExtension, String citizenNumber, long taskId);

    /**
     * Pauses or resumes the operator in every queue they are a member of (AMI QueuePause without a queue): while
     * paused Asterisk offers them no queue calls; direct calls and callbacks still work.
     *
     * @param operatorExtension the operator's extension or queue member interface ({@code 101}, {@code PJSIP/101})
     * @param reason            shown by Asterisk as the member's PausedReason; may be null
     * @throws vn.pakn.domain.model.shared.DomainException (conflict) when the hotline is off or Asterisk refused
     *                                                     (for instance the extension is in no queue)
     */
    void pause(String operatorExtension, boolean paused, String reason);
}
