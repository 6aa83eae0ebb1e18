package vn.pakn.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the journal stores is read back as the same command, so the case opened later is the one submitted. */
class JournalPayloadTest {

    @Test
    void aFullCommandReadsBackAsWritten() {
        var cmd = new SubmitReport("Vỡ ống nước", "Đường ống trước nhà số 12 \"Lê Lợi\" bị vỡ\nnước tràn", "CAP_NUOC", "P_HAI_LONG",
                "12 Lê Lợi", 21.0285, 105.8542, new SubmitReport.ReporterData("Lê Văn Tám", "0912345678", "tam@example.vn",
                "001234567890", "Hà Nội"), true, "1700000000.12", "1234567897");

        assertThat(JournalPayload.read(JournalPayload.write(cmd))).isEqualTo(cmd);
    }

    @Test
    void anAnonymousReportWithoutPlaceKeepsItsNulls() {
        var cmd = new SubmitReport(null, "Đèn đường hỏng", null, null, null, null, null, null, false, null);

        String json = JournalPayload.write(cmd);

        assertThat(json).doesNotContain("reporter", "latitude");
        assertThat(JournalPayload.read(json)).isEqualTo(cmd);
    }
}
