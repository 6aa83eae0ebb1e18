package vn.pakn.application.intake;

/**
 * What a citizen, an operator or a client application submits. Only the description is required; an
 * anonymous report is accepted, but then only its state and dates can be looked up.
 */
public record SubmitReport(String title, String description, String categoryCode, String areaCode, String address,
                           Double latitude, Double longitude, ReporterData reporter, boolean consentToShareIdentity,
                           String callLinkedId) {

    public record ReporterData(String name, String phone, String email, String citizenId, String address) {
    }
}
