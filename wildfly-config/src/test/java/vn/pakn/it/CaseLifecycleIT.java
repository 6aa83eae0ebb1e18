package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.it.support.Problems.assertProblem;
import static vn.pakn.it.support.Problems.assertProblemWithStatusIn;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.DemoData;
import vn.pakn.it.support.ItDatabase;
import vn.pakn.it.support.Journal;

/**
 * Black box, the whole life of a case over REST with the demo accounts: the citizen submits, the dispatcher
 * classifies and routes, the lead unit works and answers, its leader approves (publishes), the citizen rates
 * and reopens. And unit scoping: staff of another unit can neither see nor touch the case.
 */
class CaseLifecycleIT extends BlackBoxBase {

    private static final String REPORTER_NAME = "Trần Thị Bích";

    @BeforeEach
    void demoData() {
        DemoData.assumeLoaded();
    }

    private Api dispatcher() {
        return api().as(DemoData.DISPATCHER);
    }

    private Api waterOfficer() {
        return api().as(DemoData.WATER_OFFICER);
    }

    private record Submitted(String code, long caseId) {
    }

    /** A water-supply report from the portal, found in the dispatcher's list by its tracking code. */
    private Submitted submitWaterReport() {
        var receipt = api().withHeader("Idempotency-Key", "it-" + UUID.randomUUID()).post("api/public/reports", """
                {"title": "Mất nước sinh hoạt", "description": "Khu phố 3 phường Hải Long mất nước từ sáng nay, %s",
                 "categoryCode": "%s", "areaCode": "%s", "address": "Hẻm 12 Lê Lợi",
                 "reporter": {"name": "%s", "phone": "0987654321"}}"""
                .formatted(UUID.randomUUID(), DemoData.WATER_SUPPLY_CATEGORY, DemoData.HAI_LONG_WARD, REPORTER_NAME));
        assertThat(receipt.status()).as("%s", receipt).isEqualTo(201);
        String code = receipt.json().getString("trackingCode");
        Journal.awaitOpened(code);
        var list = dispatcher().get("api/cases?q=" + code);
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        long id = list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> code.equals(item.getString("trackingCode")))
                .findFirst().orElseThrow(() -> new AssertionError("case of " + code + " not in " + list))
                .getJsonNumber("id").longValue();
        return new Submitted(code, id);
    }

    private static JsonObject step(Api.Reply reply, String action, String state) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().getString("action")).as("%s", reply).isEqualTo(action);
        assertThat(reply.json().getString("state")).as("%s", reply).isEqualTo(state);
        return reply.json();
    }

    private JsonObject detail(long caseId) {
        var reply = dispatcher().get("api/cases/" + caseId);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    private Submitted routedToWater() {
        var c = submitWaterReport();
        assertThat(detail(c.caseId()).getJsonObject("summary").getString("suggestedUnitCode", null))
                .as("the routing rule for water supply in Hải Long suggests the unit at intake")
                .isEqualTo(DemoData.WATER_UNIT);
        step(dispatcher().post("api/cases/" + c.caseId() + "/classify", """
                {"categoryCode": "%s", "areaCode": "%s"}""".formatted(DemoData.WATER_SUPPLY_CATEGORY, DemoData.HAI_LONG_WARD)),
                "CLASSIFY", "CLASSIFIED");
        step(dispatcher().post("api/cases/" + c.caseId() + "/route", "{}"), "ROUTE", "ASSIGNED");
        return c;
    }

    @Test
    void endToEndSubmitRouteAcceptPauseAnswerApprovePublishRateReopen() {
        var c = routedToWater();
        String path = "api/cases/" + c.caseId();

        var lead = detail(c.caseId()).getJsonArray("assignments").getJsonObject(0);
        assertThat(lead.getString("unitCode")).isEqualTo(DemoData.WATER_UNIT);
        assertThat(lead.getString("role")).isEqualTo("LEAD");
        assertThat(lead.getString("dueAt")).isNotBlank();

        step(waterOfficer().post(path + "/accept", null), "ACCEPT", "IN_PROGRESS");

        step(waterOfficer().post(path + "/request-info", """
                {"text": "Xin cho biết số nhà chính xác"}"""), "REQUEST_INFO", "IN_PROGRESS");
        assertThat(detail(c.caseId()).getJsonArray("assignments").getJsonObject(0).getBoolean("paused")).isTrue();
        assertThat(ItDatabase.count("""
                SELECT COUNT(*) FROM pause_period p JOIN assignment a ON a.id = p.assignment_id
                WHERE a.case_id = ? AND p.ended_at IS NULL""", c.caseId())).isEqualTo(1);

        step(waterOfficer().post(path + "/receive-info", """
                {"text": "Số nhà 12/3"}"""), "RECEIVE_INFO", "IN_PROGRESS");
        assertThat(detail(c.caseId()).getJsonArray("assignments").getJsonObject(0).getBoolean("paused")).isFalse();
        assertThat(ItDatabase.count("""
                SELECT COUNT(*) FROM pause_period p JOIN assignment a ON a.id = p.assignment_id
                WHERE a.case_id = ? AND p.ended_at IS NOT NULL""", c.caseId())).isEqualTo(1);

        step(waterOfficer().post(path + "/answer", """
                {"text": "Đã sửa xong đường ống, cấp nước lại từ 10 giờ. Đã báo bà %s."}""".formatted(REPORTER_NAME)),
                "ANSWER", "ANSWERED");
        step(api().as(DemoData.WATER_LEADER).post(path + "/approve", null), "PUBLISH", "PUBLISHED");

        var published = api().get("api/public/reports/" + c.code() + "?secret=4321");
        assertThat(published.status()).as("%s", published).isEqualTo(200);
        assertThat(published.json().getString("state")).isEqualTo("PUBLISHED");
        assertThat(published.json().getString("publishedAnswer")).contains("cấp nước lại").doesNotContain(REPORTER_NAME);
        assertThat(published.json().getBoolean("mayRate")).isTrue();
        assertThat(published.json().getBoolean("mayReopen")).isTrue();

        var rating = api().post("api/public/reports/" + c.code() + "/rating", """
                {"secret": "4321", "score": 2, "comment": "Xử lý chậm"}""");
        assertThat(rating.status()).as("%s", rating).isEqualTo(204);
        assertThat(api().get("api/public/reports/" + c.code() + "?secret=4321").json().getInt("myRating")).isEqualTo(2);

        var reopen = api().post("api/public/reports/" + c.code() + "/reopen", """
                {"secret": "4321", "reason": "Vẫn còn mất nước buổi tối"}""");
        assertThat(reopen.status()).as("%s", reopen).isEqualTo(204);

        var history = detail(c.caseId()).getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertThat(history).containsSubsequence("RECEIVE", "CLASSIFY", "ROUTE", "ACCEPT", "REQUEST_INFO", "RECEIVE_INFO",
                "ANSWER", "APPROVE_ANSWER", "PUBLISH", "RATE", "REOPEN");
        assertThat(api().get("api/public/reports/" + c.code()).json().getString("state")).isEqualTo("REOPENED");
    }

    @Test
    void leadUnitReturnsACaseThatIsNotItsOwnAndTheDispatcherRoutesItElsewhere() {
        var c = routedToWater();
        String path = "api/cases/" + c.caseId();

        step(waterOfficer().post(path + "/return", """
                {"reason": "Không thuộc phạm vi cấp nước"}"""), "RETURN_TO_DISPATCH", "CLASSIFIED");
        assertThat(detail(c.caseId()).getInt("returnedCount")).isEqualTo(1);
        var stale = waterOfficer().post(path + "/accept", null);
        assertProblemWithStatusIn(stale, 403, 404, 409);

        step(dispatcher().post(path + "/route", """
                {"leadUnitCode": "%s", "note": "Chuyển Sở Xây dựng"}""".formatted(DemoData.CONSTRUCTION_UNIT)),
                "ROUTE", "ASSIGNED");
        step(api().as(DemoData.CONSTRUCTION_OFFICER).post(path + "/accept", null), "ACCEPT", "IN_PROGRESS");
    }

    @Test
    void extensionRequestedByTheOfficerAndGrantedByTheUnitLeaderMovesTheDueTime() {
        var c = routedToWater();
        String path = "api/cases/" + c.caseId();
        step(waterOfficer().post(path + "/accept", null), "ACCEPT", "IN_PROGRESS");
        String dueBefore = detail(c.caseId()).getJsonArray("assignments").getJsonObject(0).getString("dueAt");

        step(waterOfficer().post(path + "/extension", """
                {"days": 2, "reason": "Chờ vật tư thay đường ống"}"""), "REQUEST_EXTENSION", "IN_PROGRESS");
        step(api().as(DemoData.WATER_LEADER).post(path + "/extension/decision", """
                {"grant": true, "note": "Đồng ý gia hạn"}"""), "GRANT_EXTENSION", "IN_PROGRESS");

        var lead = detail(c.caseId()).getJsonArray("assignments").getJsonObject(0);
        assertThat(Instant.parse(lead.getString("dueAt"))).isAfter(Instant.parse(dueBefore));
        var again = waterOfficer().post(path + "/extension", """
                {"days": 1, "reason": "Thêm một ngày"}""");
        assertThat(assertProblem(again, 409).getString("code")).isEqualTo("extension-used");
    }

    @Test
    void dispatcherRedirectsAnAdministrativeComplaintAndRejectsSpam() {
        var complaint = submitWaterReport();
        var spam = submitWaterReport();

        step(dispatcher().post("api/cases/" + complaint.caseId() + "/redirect", """
                {"reason": "Khiếu nại quyết định hành chính", "redirectTo": "Thanh tra thành phố"}"""),
                "REDIRECT", "REDIRECTED");
        step(dispatcher().post("api/cases/" + spam.caseId() + "/reject", """
                {"reason": "Nội dung quảng cáo"}"""), "REJECT", "REJECTED");

        assertThat(api().get("api/public/reports/" + complaint.code()).json().getString("state")).isEqualTo("REDIRECTED");
        var afterFinal = dispatcher().post("api/cases/" + spam.caseId() + "/classify", """
                {"categoryCode": "%s"}""".formatted(DemoData.WATER_SUPPLY_CATEGORY));
        assertProblem(afterFinal, 409);
    }

    @Test
    void unitOfficerMayNotDoTheDispatchersWork() {
        var c = routedToWater();

        var reply = waterOfficer().post("api/cases/" + c.caseId() + "/reject", """
                {"reason": "Không muốn làm"}""");

        assertProblemWithStatusIn(reply, 403, 409);
        assertThat(detail(c.caseId()).getJsonObject("summary").getString("state")).isEqualTo("ASSIGNED");
    }

    @Test
    void duplicateMergedIntoTheMasterCaseAndTheMergeUndone() {
        var master = submitWaterReport();
        var duplicate = submitWaterReport();

        step(dispatcher().post("api/cases/" + duplicate.caseId() + "/merge", """
                {"masterCaseId": %d}""".formatted(master.caseId())), "MERGE", "MERGED");

        assertThat(detail(master.caseId()).getJsonObject("summary").getInt("reportCount")).isEqualTo(2);
        var lookup = api().get("api/public/reports/" + duplicate.code()).json();
        assertThat(lookup.getString("trackingCode")).isEqualTo(duplicate.code());
        assertThat(lookup.getString("caseTrackingCode")).isEqualTo(master.code());

        step(dispatcher().post("api/cases/" + duplicate.caseId() + "/unmerge", null), "UNMERGE", "CLASSIFIED");

        assertThat(detail(duplicate.caseId()).getJsonObject("summary").getInt("reportCount")).isEqualTo(1);
        assertThat(api().get("api/public/reports/" + duplicate.code()).json().getString("caseTrackingCode"))
                .isEqualTo(duplicate.code());
    }

    @Test
    void unmergeGivesTheMasterCaseItsReportCountBack() {
        var master = submitWaterReport();
        var duplicate = submitWaterReport();
        step(dispatcher().post("api/cases/" + duplicate.caseId() + "/merge", """
                {"masterCaseId": %d}""".formatted(master.caseId())), "MERGE", "MERGED");

        step(dispatcher().post("api/cases/" + duplicate.caseId() + "/unmerge", null), "UNMERGE", "CLASSIFIED");

        assertThat(detail(master.caseId()).getJsonObject("summary").getInt("reportCount")).isEqualTo(1);
    }

    @Test
    void ratingWithWrongVerificationIsRefused() {
        var c = submitWaterReport();

        var reply = api().post("api/public/reports/" + c.code() + "/rating", """
                {"secret": "0000", "score": 5}""");

        assertProblem(reply, 403);
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM rating WHERE case_id = ?", c.caseId())).isZero();
    }

    @Test
    void reopenBeforeAnyAnswerIsRefused() {
        var c = submitWaterReport();

        var reply = api().post("api/public/reports/" + c.code() + "/reopen", """
                {"secret": "4321", "reason": "Chưa thấy ai xử lý"}""");

        assertProblemWithStatusIn(reply, 400, 409);
        assertThat(detail(c.caseId()).getJsonObject("summary").getString("state")).isEqualTo("RECEIVED");
    }

    @Test
    void officerOfAnotherUnitCanNeitherSeeNorTouchTheCase() {
        var c = routedToWater();
        step(waterOfficer().post("api/cases/" + c.caseId() + "/accept", null), "ACCEPT", "IN_PROGRESS");
        var before = detail(c.caseId());
        assertThat(waterOfficer().get("api/cases/" + c.caseId()).status()).as("the lead unit sees its case").isEqualTo(200);

        for (var outsider : new Api.Credentials[] {DemoData.CONSTRUCTION_OFFICER, DemoData.CONSTRUCTION_LEADER}) {
            var as = api().as(outsider);
            String path = "api/cases/" + c.caseId();

            var read = as.get(path);
            assertProblemWithStatusIn(read, 403, 404);
            assertThat(read.body()).doesNotContain(REPORTER_NAME, "Hẻm 12");

            var list = as.get("api/cases?q=" + c.code());
            if (list.status() == 200) {
                assertThat(list.json().getJsonArray("items").getValuesAs(JsonObject.class))
                        .as("%s by %s", list, outsider.username())
                        .noneMatch(item -> c.code().equals(item.getString("trackingCode", "")));
            } else {
                assertThat(list.status()).as("%s by %s", list, outsider.username()).isIn(403, 404);
            }

            for (var action : actions(c.caseId()).entrySet()) {
                var reply = as.post(path + "/" + action.getKey(), action.getValue());
                assertProblemWithStatusIn(reply, 403, 404);
            }
        }

        var after = detail(c.caseId());
        assertThat(after.getJsonObject("summary").getString("state")).isEqualTo("IN_PROGRESS");
        assertThat(after.getJsonArray("events")).hasSameSizeAs(before.getJsonArray("events"));
        assertThat(after.getJsonArray("answers")).isEmpty();
    }

    /** Every case endpoint, with a body that would be valid for the lead unit or the dispatcher. */
    private static Map<String, String> actions(long caseId) {
        var actions = new LinkedHashMap<String, String>();
        actions.put("classify", "{\"categoryCode\": \"" + DemoData.WATER_SUPPLY_CATEGORY + "\"}");
        actions.put("route", "{\"leadUnitCode\": \"" + DemoData.CONSTRUCTION_UNIT + "\"}");
        actions.put("merge", "{\"masterCaseId\": " + caseId + "}");
        actions.put("unmerge", null);
        actions.put("redirect", "{\"reason\": \"Khiếu nại\", \"redirectTo\": \"Thanh tra thành phố\"}");
        actions.put("reject", "{\"reason\": \"Spam\"}");
        actions.put("accept", null);
        actions.put("return", "{\"reason\": \"Không thuộc thẩm quyền\"}");
        actions.put("request-info", "{\"text\": \"Xin thêm ảnh\"}");
        actions.put("receive-info", "{\"text\": \"Ảnh đây\"}");
        actions.put("extension", "{\"days\": 3, \"reason\": \"Cần thêm thời gian\"}");
        actions.put("extension/decision", "{\"grant\": true, \"note\": \"Đồng ý\"}");
        actions.put("answer", "{\"text\": \"Đã xử lý xong\"}");
        actions.put("approve", null);
        actions.put("reject-answer", "{\"reason\": \"Chưa đạt\"}");
        actions.put("identity-grants", "{\"unitCode\": \"" + DemoData.CONSTRUCTION_UNIT + "\", \"reason\": \"Cần liên hệ\"}");
        return actions;
    }
}
