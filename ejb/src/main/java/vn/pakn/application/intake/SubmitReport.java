package vn.pakn.application.intake;

/**
 * What a citizen, an operator or a client application submits. Only the description is required; an
 * anonymous report is accepted, but then only its state and dates can be looked up.
 *
 * @param sameAsTrackingCode the case the submitter says this report repeats ("it is this one, add me"), or null;
 *                           recorded as the case's likely duplicate for the dispatcher's one-click merge
 */
public record SubmitReport(String title, String description, String categoryCode, String areaCode, String address,
                           Double latitude, Double longitude, ReporterData reporter, boolean consentToShareIdentity,
                           String callLinkedId, String sameAsTrackingCode) {

    /** A report that names no existing case. */
    public SubmitReport(String title, String description, String categoryCode, String areaCode, String address,
                        Double latitude, Double longitude, ReporterData reporter, boolean consentToShareIdentity,
                        String callLinkedId) {
        this(title, description, categoryCode, areaCode, address, latitude, longitude, reporter, consentToShareIdentity,
                callLinkedId, null);
    }

    public record ReporterData(String name, String phone, String email, String citizenId, String address) {
    }
}
