package vn.pakn.application.citizen;

import java.time.Instant;
import java.util.List;
import vn.pakn.domain.model.cases.CaseState;

/**
 * What a citizen sees by tracking code. Without proof (the last 4 digits of the phone, or the e-mail) only
 * the state and dates; with it, the report's own text and the timeline. Never anyone's personal data.
 */
public record PublicCaseView(String trackingCode, String caseTrackingCode, CaseState state, String stateLabelVi,
                             Instant receivedAt, Instant forwardDueAt, Instant dueAt, String leadUnitName,
                             String publishedAnswer, Instant publishedAt, boolean verified, String title,
                             String description, List<Step> timeline, Integer myRating, boolean mayRate,
                             boolean mayReopen, Instant reopenUntil) {

    public record Step(Instant at, CaseState state, String stateLabelVi) {
    }
}
