package vn.pakn.application.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.cases.Case;
import vn.pakn.domain.model.cases.CaseState;
import vn.pakn.domain.model.cases.Report;
import vn.pakn.domain.model.cases.Reporter;
import vn.pakn.domain.model.cases.TrackingCodeGenerator;
import vn.pakn.domain.model.category.Category;
import vn.pakn.domain.model.category.SlaPolicy;
import vn.pakn.domain.model.identity.Actor;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.open311.ApiKey;
import vn.pakn.domain.model.open311.Open311Submission;
import vn.pakn.domain.model.shared.Channel;
import vn.pakn.domain.model.unit.Unit;

class Open311MappingTest {

    /** Monday 23/11/2026 09:00 in Hanoi. */
    private static final Instant MONDAY_9AM = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-01T02:00:00Z");
    private static final String TEXT = "Vỡ ống nước trước số 25 ngõ 3, gọi tôi Nguyễn Văn An 0912 345 678 hoặc an.nguyen@example.vn";

    private final Category water = new Category("CAP_NUOC", "Cấp nước", "Water supply", null, SlaPolicy.answeringIn(10));
    private final Unit waterCompany = new Unit("CTY_CAPNUOC", "Công ty Cấp nước Hải Long", null, "UTILITY", null);

    private Report report(Channel channel) {
        var report = new Report(new TrackingCodeGenerator().next(), channel, MONDAY_9AM, "Vỡ ống nước", TEXT, TEXT, water, null,
                "25 ngõ 3 Lê Lợi", 21.0285, 105.8542,
                new Reporter("Nguyễn Văn An", "+84912345678", "h", "an.nguyen@example.vn", null, null, false), null, null);
        Case.openFor(report, MONDAY_9AM.plusSeconds(86_400));
        return report;
    }

    private static Open311Submission submission(Report r) {
        return new Open311Submission(r, ApiKey.issue("Ứng dụng Hải Long", null, MONDAY_9AM, "admin").key(), "tok", "CAP_NUOC",
                "https://example.org/anh.jpg", "A-17", "device", "acct", null, MONDAY_9AM);
    }

    @Test
    void settledStatesAreClosedAndEveryOtherStateIsOpen() {
        for (CaseState state : CaseState.values()) {
            boolean settled = state == CaseState.PUBLISHED || state == CaseState.CLOSED || state == CaseState.MERGED
                    || state == CaseState.REDIRECTED || state == CaseState.REJECTED;
            assertThat(Open311Mapping.status(state)).as("%s", state).isEqualTo(settled ? "closed" : "open");
        }
    }

    @Test
    void aNewOpen311ReportIsOpenWithItsSlaAndNoPersonalData() {
        Report r = report(Channel.OPEN311);

        var view = Open311Mapping.request(r, submission(r));

        assertThat(view.serviceRequestId()).isEqualTo(r.getTrackingCode());
        assertThat(view.status()).isEqualTo("open");
        assertThat(view.statusNotes()).isEqualTo("Đã tiếp nhận");
        assertThat(view.serviceCode()).isEqualTo("CAP_NUOC");
        assertThat(view.serviceName()).isEqualTo("Cấp nước");
        assertThat(view.serviceNotice()).contains("1 ngày làm việc").contains("10 ngày làm việc").contains("10 working days");
        assertThat(view.agencyResponsible()).isNull();
        assertThat(view.expectedAt()).isNull();
        assertThat(view.requestedAt()).isEqualTo(MONDAY_9AM);
        assertThat(view.address()).isEqualTo("25 ngõ 3 Lê Lợi");
        assertThat(view.lat()).isEqualTo(21.0285);
        assertThat(view.mediaUrl()).isEqualTo("https://example.org/anh.jpg");
        assertThat(view.addressId()).isEqualTo("A-17");
        assertThat(view.description()).startsWith("Vỡ ống nước trước số 25 ngõ 3")
                .doesNotContain("Nguyễn Văn An").doesNotContain("0912 345 678").doesNotContain("an.nguyen@example.vn");
    }

    @Test
    void reportsFromOtherChannelsShowNeitherTextNorPlace() {
        var view = Open311Mapping.request(report(Channel.HOTLINE), null);

        assertThat(view.description()).isNull();
        assertThat(view.address()).isNull();
        assertThat(view.lat()).isNull();
        assertThat(view.lon()).isNull();
        assertThat(view.serviceCode()).isEqualTo("CAP_NUOC");
        assertThat(view.status()).isEqualTo("open");
    }

    @Test
    void aRoutedCaseNamesTheLeadUnitAndItsDueTime() {
        Report r = report(Channel.OPEN311);
        r.getCase().route(new Actor("xuan", Role.DISPATCHER), waterCompany, List.of(), MONDAY_9AM.plusSeconds(600), DUE, null);

        var view = Open311Mapping.request(r, null);

        assertThat(view.agencyResponsible()).isEqualTo("Công ty Cấp nước Hải Long");
        assertThat(view.expectedAt()).isEqualTo(DUE);
        assertThat(view.updatedAt()).isEqualTo(MONDAY_9AM.plusSeconds(600));
        assertThat(view.statusNotes()).isEqualTo("Đã chuyển xử lý");
    }

    @Test
    void aPublishedAnswerClosesTheRequestAndIsItsStatusNotes() {
        Report r = report(Channel.OPEN311);
        Case c = r.getCase();
        c.route(new Actor("xuan", Role.DISPATCHER), waterCompany, List.of(), MONDAY_9AM, DUE, null);
        c.accept(new Actor("linh", Role.UNIT_OFFICER), MONDAY_9AM);
        c.answer(new Actor("linh", Role.UNIT_OFFICER), MONDAY_9AM.plusSeconds(60), "Đã thay đoạn ống vỡ.");
        c.approveAnswer(new Actor("minh", Role.UNIT_LEADER), MONDAY_9AM.plusSeconds(120));
        c.publish(new Actor("minh", Role.UNIT_LEADER), MONDAY_9AM.plusSeconds(180), "Đã thay đoạn ống vỡ ngày 23/11.");

        var view = Open311Mapping.request(r, null);

        assertThat(view.status()).isEqualTo("closed");
        assertThat(view.statusNotes()).isEqualTo("Đã thay đoạn ống vỡ ngày 23/11.");
        assertThat(view.updatedAt()).isEqualTo(MONDAY_9AM.plusSeconds(180));
    }

    @Test
    void anUnclassifiedReportHasTheUnclassifiedServiceCode() {
        var report = new Report(new TrackingCodeGenerator().next(), Channel.EMAIL, MONDAY_9AM, "t", "t", "t", null, null, null, null, null,
                new Reporter(null, null, null, null, null, null, false), null, null);
        Case.openFor(report, MONDAY_9AM);

        var view = Open311Mapping.request(report, null);

        assertThat(view.serviceCode()).isEqualTo(Open311Mapping.UNCLASSIFIED_CODE);
        assertThat(view.serviceNotice()).isNull();
    }

    @Test
    void longDescriptionsAreCutToTheGeoReportMaximum() {
        String longText = "Ngập nước. ".repeat(600);
        var report = new Report(new TrackingCodeGenerator().next(), Channel.OPEN311, MONDAY_9AM, "t", longText, longText, water, null,
                null, null, null, new Reporter(null, null, null, null, null, null, false), null, null);
        Case.openFor(report, MONDAY_9AM);

        assertThat(Open311Mapping.request(report, null).description()).hasSize(Open311Mapping.MAX_DESCRIPTION).endsWith("…");
    }
}
