package vn.pakn.telephony.agi;

import java.util.Optional;

/** Port implemented by the server: the state of the case a tracking code belongs to. */
@FunctionalInterface
public interface CaseStatusLookup {
    /** @param trackingCode a code that already passed {@link TrackingCodeVerifier} */
    Optional<CaseStatus> find(String trackingCode);
}
