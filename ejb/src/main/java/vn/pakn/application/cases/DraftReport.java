package vn.pakn.application.cases;

/**
 * A report still being typed (portal form, call-desk intake), asked about before it is submitted: "is it one of
 * these?". Every field may be missing except some text.
 */
public record DraftReport(String title, String text, String phone, Double latitude, Double longitude, String areaCode,
                          String categoryCode) {
}
