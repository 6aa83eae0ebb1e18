package vn.pakn.telephony.agi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the IVR tells a caller about a case.
 *
 * @param trackingCode the code the caller keyed
 * @param state        case state as in the workflow ({@code RECEIVED}, {@code ASSIGNED}, {@code IN_PROGRESS},
 *                     {@code ANSWERED}, {@code PUBLISHED}, {@code CLOSED}, …); spoken with the prompt
 *                     {@code pakn/state-<state in lower case>}
 * @param dueDate      the deadline in Asia/Ho_Chi_Minh, or null when none applies (e.g. closed)
 */
public record CaseStatus(String trackingCode, String state, LocalDate dueDate) {
    public CaseStatus {
        Objects.requireNonNull(trackingCode, "trackingCode");
        Objects.requireNonNull(state, "state");
    }
}
