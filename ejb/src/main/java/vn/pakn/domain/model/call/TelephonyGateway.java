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
}
