package vn.pakn.application.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.shared.DomainException;

/** The checks the journal runs before it accepts a submission: the same refusals as the case opening gives. */
class IntakeChecksTest {

    private static SubmitReport report(String title, String description, Double lat, Double lon, SubmitReport.ReporterData r) {
        return new SubmitReport(title, description, null, null, null, lat, lon, r, false, null);
    }

    @Test
    void derivesTheTitleFromTheFirstLineAndNormalisesToNfc() {
        String decomposed = "Đe\u0300n đường hỏng\nchi tiết";

        var text = IntakeChecks.check(report(null, decomposed, null, null, null));

        assertThat(text.title()).isEqualTo("Đèn đường hỏng");
        assertThat(text.description()).startsWith("Đèn đường hỏng");
    }

    @Test
    void refusesEachBadFieldWithItsOwnCode() {
        assertRefused(report(null, "  ", null, null, null), "missing-description");
        assertRefused(report(null, "x".repeat(IntakeChecks.MAX_DESCRIPTION + 1), null, null, null), "description-too-long");
        assertRefused(report("t".repeat(IntakeChecks.MAX_TITLE + 1), "nội dung", null, null, null), "title-too-long");
        assertRefused(report(null, "nội dung", 21.0, null, null), "partial-location");
        assertRefused(report(null, "nội dung", 91.0, 105.0, null), "bad-location");
        assertRefused(report(null, "nội dung", null, null, new SubmitReport.ReporterData(null, "12", null, null, null)), "bad-phone");
        assertRefused(report(null, "nội dung", null, null, new SubmitReport.ReporterData(null, null, "a@b", null, null)), "bad-email");
        assertRefused(report(null, "nội dung", null, null, new SubmitReport.ReporterData(null, null, null, "123", null)), "bad-citizen-id");
    }

    @Test
    void normalisesTheReporterPhoneToE164() {
        var reporter = IntakeChecks.reporter(new SubmitReport.ReporterData("Tám", "0912 345 678", null, null, null), false);

        assertThat(reporter.getPhone()).isEqualTo("+84912345678");
    }

    private static void assertRefused(SubmitReport cmd, String code) {
        assertThatThrownBy(() -> IntakeChecks.check(cmd)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
