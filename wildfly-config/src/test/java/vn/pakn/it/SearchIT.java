package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.CaseSteps;
import vn.pakn.it.support.DemoData;
import vn.pakn.it.support.ItDatabase;

/**
 * Black box, the complaint index wired into the server: staff search (unaccented words, snippets, facets, unit
 * scoping), public search of published answers only, duplicate hints while typing (staff with reasons, public
 * without anyone's data), the likely duplicate found at intake, routing suggestions, and the admin rebuild.
 * Each test writes its own reports with a house number nobody else uses, so tests do not see each other.
 */
class SearchIT extends BlackBoxBase {

    private static final String PHONE = CaseSteps.PHONE;

    @BeforeEach
    void demoData() throws InterruptedException {
        DemoData.assumeLoaded();
        // A fresh server rebuilds its index from the demo reports at start; searches during it see the old one.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while ("RUNNING".equals(api().as(DemoData.ADMIN).get("api/admin/search-index").json().getString("state"))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    private static String houseNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    private CaseSteps steps() {
        return new CaseSteps(api());
    }

    private CaseSteps.Submitted waterCase(String number) {
        return steps().waterReport(number);
    }

    private JsonObject caseOf(String code) {
        return steps().caseOf(code);
    }

    private void routeToWater(long caseId) {
        steps().routeToWater(caseId);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<JsonObject> hits(Api.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json().getJsonArray("hits").getValuesAs(JsonObject.class);
    }

    @Test
    void staffFindReportsByUnaccentedWordsWithSnippetsAndFacets() {
        String number = houseNumber();
        var c = waterCase(number);

        var reply = api().as(DemoData.DISPATCHER).get("api/search?q=" + q("vo ong nuoc " + number));

        var hit = hits(reply).stream().filter(h -> c.code().equals(h.getString("trackingCode"))).findFirst()
                .orElseThrow(() -> new AssertionError("case " + c.code() + " not found: " + reply));
        assertThat(hit.getString("snippet")).contains("<b>");
        assertThat(hit.getString("stateLabelVi")).isEqualTo("Đã tiếp nhận");
        assertThat(hit.getString("categoryName")).isNotBlank();
        assertThat(reply.json().getJsonObject("facets").getJsonArray("category")).isNotEmpty();
        assertThat(reply.body()).doesNotContain(PHONE).doesNotContain("Lê Văn Tám");

        var filtered = api().as(DemoData.DISPATCHER).get("api/search?q=" + q("vo ong nuoc " + number) + "&state=CLOSED");
        assertThat(hits(filtered)).noneMatch(h -> c.code().equals(h.getString("trackingCode")));
    }

    @Test
    void unitStaffFindOnlyTheCasesOfTheirUnit() {
        String number = houseNumber();
        var c = waterCase(number);
        routeToWater(c.caseId());
        String query = "api/search?q=" + q("ống nước " + number);

        assertThat(hits(api().as(DemoData.WATER_OFFICER).get(query))).anyMatch(h -> c.code().equals(h.getString("trackingCode")));
        assertThat(hits(api().as(DemoData.CONSTRUCTION_OFFICER).get(query))).isEmpty();
        assertThat(hits(api().as(DemoData.CONSTRUCTION_OFFICER).get(query + "&unit=" + DemoData.WATER_UNIT))).isEmpty();
    }

    @Test
    void thePublicFindsPublishedAnswersOnlyAndNoPersonalData() {
        String number = houseNumber();
        var c = waterCase(number);
        routeToWater(c.caseId());
        String path = "api/cases/" + c.caseId();
        String answerSearch = "api/public/search/answers?q=" + q("thay đoạn ống " + number);
        var officer = api().as(DemoData.WATER_OFFICER);
        assertThat(officer.post(path + "/accept", null).status()).isEqualTo(200);
        assertThat(officer.post(path + "/answer", """
                {"text": "Công ty đã thay đoạn ống %s bị vỡ, cấp nước lại từ 10 giờ. Đã gọi cho ông Lê Văn Tám số %s."}"""
                .formatted(number, PHONE)).status()).isEqualTo(200);

        var beforeApproval = api().get(answerSearch);
        assertThat(beforeApproval.status()).as("%s", beforeApproval).isEqualTo(200);
        assertThat(beforeApproval.array()).isEmpty();

        assertThat(api().as(DemoData.WATER_LEADER).post(path + "/approve", null).status()).isEqualTo(200);
        var published = api().get(answerSearch);

        assertThat(published.status()).as("%s", published).isEqualTo(200);
        assertThat(published.array().getValuesAs(JsonObject.class))
                .anyMatch(a -> c.code().equals(a.getString("trackingCode")) && a.getString("snippet").contains("<b>"));
        assertThat(published.body()).doesNotContain(PHONE).doesNotContain("0912 345 678").doesNotContain("tam@example.vn");
    }

    @Test
    void staffDraftHintsNameTheSameCallerButThePublicOnesDoNot() {
        String number = houseNumber();
        var c = waterCase(number);
        String draft = """
                {"description": "nha so %s duong Le Loi vo ong nuoc, nuoc chay tran ra duong", "phone": "%s",
                 "categoryCode": "%s", "areaCode": "%s"}""".formatted(number, PHONE, DemoData.WATER_SUPPLY_CATEGORY,
                DemoData.HAI_LONG_WARD);

        var staff = api().as(DemoData.OPERATOR).post("api/search/similar", draft);
        assertThat(staff.status()).as("%s", staff).isEqualTo(200);
        var candidate = staff.array().getValuesAs(JsonObject.class).stream()
                .filter(h -> c.code().equals(h.getString("trackingCode"))).findFirst()
                .orElseThrow(() -> new AssertionError("case " + c.code() + " not offered: " + staff));
        assertThat(candidate.getJsonArray("reasons").getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getString("code").equals("SAME_CALLER"));

        var unvetted = api().post("api/public/search/similar", draft);
        assertThat(unvetted.status()).as("%s", unvetted).isEqualTo(200);
        assertThat(unvetted.body()).as("a report nobody has classified yet is not shown to the public").doesNotContain(c.code());

        routeToWater(c.caseId());
        var hints = api().post("api/public/search/similar", draft);
        assertThat(hints.array().getValuesAs(JsonObject.class)).anyMatch(h -> c.code().equals(h.getString("trackingCode")));
        assertThat(hints.body()).doesNotContain("SAME_CALLER").doesNotContain(PHONE).doesNotContain("Lê Văn Tám");

        assertThat(api().as(DemoData.WATER_OFFICER).post("api/search/similar", draft).status()).isEqualTo(403);
    }

    @Test
    void intakeRecordsTheLikelyDuplicateForTheDispatcher() {
        // Words and a caller no other test uses: the other tests' reports must not compete for the top place.
        String number = houseNumber();
        String phone = "098" + number.substring(0, 6) + "1";
        var first = steps().report("Cột đèn chiếu sáng số " + number + " bị đổ", "Cột đèn chiếu sáng số " + number
                + " trên đường Nguyễn Huệ bị đổ nghiêng sau cơn giông chiều nay, dây điện sà xuống vỉa hè rất nguy hiểm.", phone);
        var second = steps().report("Đèn đường số " + number + " đổ", "Cột đèn số " + number
                + " đường Nguyễn Huệ đổ nghiêng sau giông, dây điện sà xuống vỉa hè, nguy hiểm cho người đi bộ.", phone);

        JsonObject hint = steps().awaitLikelyDuplicate(second.code());

        assertThat(hint.getString("trackingCode")).isEqualTo(first.code());
        assertThat(hint.getJsonNumber("caseId").longValue()).isEqualTo(first.caseId());
        assertThat(hint.getJsonNumber("score").doubleValue()).isBetween(0.0, 1.0);
        var merge = api().as(DemoData.DISPATCHER).post("api/cases/" + second.caseId() + "/merge",
                "{\"masterCaseId\": " + hint.getJsonNumber("caseId").longValue() + "}");
        assertThat(merge.status()).as("one action merges it: %s", merge).isEqualTo(200);
    }

    @Test
    void routingSuggestionsNameTheUnitThatAnsweredSimilarCases() {
        String number = houseNumber();
        routeToWater(waterCase(number).caseId());
        var fresh = waterCase(houseNumber());

        var reply = api().as(DemoData.DISPATCHER).get("api/cases/" + fresh.caseId() + "/routing-suggestions");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        var suggestions = reply.array().getValuesAs(JsonObject.class);
        assertThat(suggestions).isNotEmpty();
        assertThat(suggestions.get(0).getString("unitCode")).isEqualTo(DemoData.WATER_UNIT);
        assertThat(suggestions.get(0).getJsonNumber("confidence").doubleValue()).isBetween(0.0, 1.0);
        assertThat(suggestions.get(0).getString("unitName")).isNotBlank();
    }

    @Test
    void adminRebuildsTheIndexWithProgressAndSearchStillWorksAfterwards() throws InterruptedException {
        var admin = api().as(DemoData.ADMIN);
        assertThat(api().as(DemoData.DISPATCHER).post("api/admin/search-index/rebuild", null).status()).isEqualTo(403);

        var started = admin.post("api/admin/search-index/rebuild", null);
        assertThat(started.status()).as("%s", started).isEqualTo(202);

        JsonObject status = started.json();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!"DONE".equals(status.getString("state")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = admin.get("api/admin/search-index").json();
            assertThat(status.getString("state")).isNotEqualTo("FAILED");
        }
        assertThat(status.getString("state")).isEqualTo("DONE");
        assertThat(status.getInt("percent")).isEqualTo(100);
        assertThat(status.getString("startedBy")).isEqualTo("admin");
        assertThat(status.getJsonNumber("documents").longValue()).isEqualTo(ItDatabase.count("SELECT COUNT(*) FROM report"));

        String number = houseNumber();
        var c = waterCase(number);
        assertThat(hits(api().as(DemoData.DISPATCHER).get("api/search?q=" + q("ống nước " + number))))
                .anyMatch(h -> c.code().equals(h.getString("trackingCode")));
    }
}
