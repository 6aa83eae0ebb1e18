package vn.pakn.application.call;

import java.time.Instant;
import java.util.List;

/**
 * What the operator who answers a call sees at once: who calls, what they reported before and where those reports
 * stand, and the open cases near the places they reported from (or in their area), so that a second call about the
 * same flooded street is recognised at the first word.
 *
 * @param linkedId      the call; the report taken during the call sends it back as {@code callLinkedId}
 * @param callerNumber  E.164 when valid, else as Asterisk sent it
 * @param queue         queue the call came through, or null
 * @param extension     the operator's extension that answered
 * @param answeredAt    when the operator answered
 * @param earlierReports the caller's earlier reports, newest first
 * @param nearbyOpenCases open cases near the caller's earlier reports or in their area
 */
public record ScreenPop(String linkedId, String callerNumber, String queue, String extension, Instant answeredAt,
        List<EarlierReport> earlierReports, List<NearbyCase> nearbyOpenCases) {

    /** One of the caller's earlier reports and the state of its case now. */
    public record EarlierReport(String trackingCode, String caseTrackingCode, String title, Instant receivedAt,
            String state, String stateLabel, String address, String area) {
    }

    /**
     * An open case near the caller.
     *
     * @param reason {@code NEAR} (within {@link CallerHistory#NEARBY_METRES} of one of the caller's reports) or
     *               {@code SAME_AREA}
     */
    public record NearbyCase(String trackingCode, String title, String state, String stateLabel, String address,
            String area, Instant receivedAt, String reason) {
    }
}
