package vn.pakn.application.call;

import java.time.Instant;
import java.util.List;
import vn.pakn.domain.model.call.HotlineCall;

/**
 * A stored call with the reports taken during it (those submitted with its Linkedid). {@code reconciled}: some of
 * its times were reconstructed after an AMI reconnect instead of coming from the call's own events.
 */
public record CallView(String linkedId, String direction, String callerNumber, String queue, String extension,
        String operatorExtension, Instant startedAt, Instant offeredAt, Instant answeredAt, Instant endedAt,
        Long waitMillis, Long talkMillis, String phase, String outcome, String recording, boolean transferred,
        boolean reconciled, Integer surveyScore, List<String> reportTrackingCodes) {

    static CallView of(HotlineCall c, List<String> reports) {
        return new CallView(c.getLinkedId(), c.getDirection(), c.getCitizenNumber(), c.getQueue(), c.getExtension(),
                c.getOperatorExtension(), c.getStartedAt(), c.getOfferedAt(), c.getAnsweredAt(), c.getEndedAt(),
                c.getWaitMillis(), c.getTalkMillis(), c.getPhase(), c.getOutcome().orElse(null), c.getRecording(),
                c.isTransferred(), c.isReconciled(), c.getSurveyScore().orElse(null), List.copyOf(reports));
    }
}
