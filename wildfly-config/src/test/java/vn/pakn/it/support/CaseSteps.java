package vn.pakn.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;

/** Puts demo-data cases into a given state through the REST API, as the staff would. */
public final class CaseSteps {

    public static final String PHONE = "0912345678";
    public static final String REPORTER = "Lê Văn Tám";

    private final Api anonymous;

    public CaseSteps(Api anonymous) {
        this.anonymous = anonymous;
    }

    public record Submitted(String code, long caseId) {
    }

    /** A water-supply report from the portal about house {@code number}, by {@link #REPORTER} ({@link #PHONE}). */
    public Submitted waterReport(String number) {
        var receipt = anonymous.withHeader("Idempotency-Key", "it-" + UUID.randomUUID()).post("api/public/reports", """
                {"title": "Vỡ ống nước số %1$s", "description": "Đường ống nước trước nhà số %1$s đường Lê Lợi bị vỡ, nước chảy tràn ra đường từ tối qua, khu phố mất nước sinh hoạt.",
                 "categoryCode": "%2$s", "areaCode": "%3$s",
                 "reporter": {"name": "%4$s", "phone": "%5$s", "email": "tam@example.vn"}}"""
                .formatted(number, DemoData.WATER_SUPPLY_CATEGORY, DemoData.HAI_LONG_WARD, REPORTER, PHONE));
        assertThat(receipt.status()).as("%s", receipt).isEqualTo(201);
        String code = receipt.json().getString("trackingCode");
        Journal.awaitOpened(code);
        return new Submitted(code, caseOf(code).getJsonNumber("id").longValue());
    }

    /** A portal report in the demo ward with the given words, from {@code phone}, no category chosen. */
    public Submitted report(String title, String description, String phone) {
        var receipt = anonymous.withHeader("Idempotency-Key", "it-" + UUID.randomUUID()).post("api/public/reports", """
                {"title": "%s", "description": "%s", "areaCode": "%s", "reporter": {"phone": "%s"}}"""
                .formatted(title, description, DemoData.HAI_LONG_WARD, phone));
        assertThat(receipt.status()).as("%s", receipt).isEqualTo(201);
        String code = receipt.json().getString("trackingCode");
        Journal.awaitOpened(code);
        return new Submitted(code, caseOf(code).getJsonNumber("id").longValue());
    }

    /**
     * The likely duplicate the server found for this case. The finder runs after the intake commits, off the
     * request thread, so the hint appears a moment after the tracking code: wait for it, up to 20 s.
     */
    public JsonObject awaitLikelyDuplicate(String code) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (true) {
            JsonObject item = caseOf(code);
            if (item.containsKey("likelyDuplicateOf") && !item.isNull("likelyDuplicateOf")) {
                return item.getJsonObject("likelyDuplicateOf");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no likely duplicate recorded for " + code + " within 20 s: " + item);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The dispatcher's list item of the case with this tracking code. */
    public JsonObject caseOf(String code) {
        var list = anonymous.as(DemoData.DISPATCHER).get("api/cases?q=" + code);
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> code.equals(item.getString("trackingCode")))
                .findFirst().orElseThrow(() -> new AssertionError("case of " + code + " not in " + list));
    }

    public void routeToWater(long caseId) {
        var dispatcher = anonymous.as(DemoData.DISPATCHER);
        ok(dispatcher.post("api/cases/" + caseId + "/classify", """
                {"categoryCode": "%s", "areaCode": "%s"}""".formatted(DemoData.WATER_SUPPLY_CATEGORY, DemoData.HAI_LONG_WARD)));
        ok(dispatcher.post("api/cases/" + caseId + "/route", "{}"));
    }

    /** Routes, accepts, answers with {@code answer} and approves: the case ends PUBLISHED. */
    public void publish(long caseId, String answer) {
        routeToWater(caseId);
        var officer = anonymous.as(DemoData.WATER_OFFICER);
        ok(officer.post("api/cases/" + caseId + "/accept", null));
        ok(officer.post("api/cases/" + caseId + "/answer", "{\"text\": \"" + answer + "\"}"));
        ok(anonymous.as(DemoData.WATER_LEADER).post("api/cases/" + caseId + "/approve", null));
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }
}
