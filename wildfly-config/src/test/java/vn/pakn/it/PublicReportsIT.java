package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.it.support.Problems.assertProblem;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.DemoData;
import vn.pakn.it.support.Await;
import vn.pakn.it.support.ItDatabase;
import vn.pakn.it.support.Journal;

/**
 * Black box, the citizens' API (no sign-in): submit with an idempotency key, look up by tracking code, and
 * every kind of bad input answered with one RFC 9457 problem shape in Vietnamese and English, with nothing
 * written to the database.
 */
class PublicReportsIT extends BlackBoxBase {

    private static final String REPORT = """
            {"title": "Mất nước sinh hoạt", "description": "Khu phố 3 mất nước sinh hoạt từ sáng nay, %s",
             "address": "Hẻm 12 Lê Lợi", "reporter": {"name": "Trần Thị Bích", "phone": "0987 654 321"}}""";

    private static String key() {
        return "it-" + UUID.randomUUID();
    }

    private static String report() {
        return REPORT.formatted(UUID.randomUUID());
    }

    private static long rows(String table) {
        return ItDatabase.count("SELECT COUNT(*) FROM " + table);
    }

    @Test
    void submitGivesATrackingCodeAtOnceFromTheJournalAndTheCaseIsOpenedFromIt() {
        var reply = api().withHeader("Idempotency-Key", key()).post("api/public/reports", report());

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        var receipt = reply.json();
        String code = receipt.getString("trackingCode");
        assertThat(code).matches("\\d{10}");
        assertThat(receipt.getString("state")).isEqualTo("RECEIVED");
        assertThat(receipt.getBoolean("replayed")).isFalse();
        assertThat(receipt.getString("forwardDueAt")).isNotBlank();
        assertThat(reply.header("Location")).endsWith("/api/public/reports/" + code);
        // Acknowledged = committed in the journal, with what the receipt promised.
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM inbox_item WHERE tracking_code = ? AND channel = 'PORTAL'", code)).isEqualTo(1);

        var lookup = api().get("api/public/reports/" + code + "?secret=4321");
        assertThat(lookup.status()).as("%s", lookup).isEqualTo(200);
        assertThat(lookup.json().getString("state")).isEqualTo("RECEIVED");
        assertThat(lookup.json().getString("forwardDueAt")).isEqualTo(receipt.getString("forwardDueAt"));

        Journal.awaitOpened(code);
        assertThat(ItDatabase.value("SELECT status FROM inbox_item WHERE tracking_code = ?", code)).contains("PROCESSED");
        assertThat(ItDatabase.count("""
                SELECT COUNT(*) FROM inbox_item i JOIN report r ON r.id = i.report_id JOIN pakn_case c ON c.id = r.case_id
                WHERE i.tracking_code = ? AND r.tracking_code = i.tracking_code AND c.received_at = i.received_at
                  AND c.forward_due_at = i.forward_due_at""", code)).as("the case keeps the receipt's times").isEqualTo(1);
    }

    @Test
    void retryWithTheSameIdempotencyKeyReturnsTheSameTrackingCode() {
        var client = api().withHeader("Idempotency-Key", key());
        String body = report();

        var first = client.post("api/public/reports", body);
        var retry = client.post("api/public/reports", body);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(retry.status()).as("%s", retry).isEqualTo(200);
        String code = first.json().getString("trackingCode");
        assertThat(retry.json().getString("trackingCode")).isEqualTo(code);
        assertThat(retry.json().getBoolean("replayed")).isTrue();
        Journal.awaitOpened(code);
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM report WHERE description = ?",
                body.substring(body.indexOf("Khu phố"), body.indexOf("\",", body.indexOf("Khu phố"))))).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithOneKeyGetOneCode() throws Exception {
        String key = key();
        String body = report();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.Callable<vn.pakn.it.support.Api.Reply> submit =
                    () -> api().withHeader("Idempotency-Key", key).post("api/public/reports", body);
            var replies = pool.invokeAll(java.util.Collections.nCopies(8, submit));
            var codes = new java.util.HashSet<String>();
            int created = 0;
            for (var f : replies) {
                var reply = f.get();
                assertThat(reply.status()).as("%s", reply).isIn(200, 201);
                created += reply.status() == 201 ? 1 : 0;
                codes.add(reply.json().getString("trackingCode"));
            }
            assertThat(codes).hasSize(1);
            assertThat(created).isEqualTo(1);
            assertThat(ItDatabase.count("SELECT COUNT(*) FROM inbox_item WHERE idempotency_key = ?", key)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aJournalRowLeftUnopenedIsOpenedByTheBackgroundMaterialiser() {
        // As a crash leaves it: acknowledged (committed in the journal) but the server died before opening the case.
        String code = Journal.freeTrackingCode(api());
        long id = -1_000_000L - java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
        ItDatabase.update("""
                INSERT INTO inbox_item (id, channel, idempotency_key, received_at, payload, status, tracking_code, forward_due_at)
                VALUES (?, 'PORTAL', ?, now() - interval '1 minute', ?, 'PENDING', ?, now() + interval '1 day')""",
                id, key(), "{\"description\":\"Cây đổ chắn ngang đường Nguyễn Trãi " + UUID.randomUUID()
                        + "\",\"reporter\":{\"phone\":\"0987654321\"},\"consentToShareIdentity\":false}", code);

        Journal.awaitOpened(code);

        assertThat(ItDatabase.value("SELECT status FROM inbox_item WHERE id = ?", id)).contains("PROCESSED");
        assertThat(api().get("api/public/reports/" + code + "?secret=4321").json().getString("description"))
                .startsWith("Cây đổ chắn ngang đường Nguyễn Trãi");
    }

    @Test
    void aJournalRowThatCannotBeOpenedIsMarkedFailedYetItsCodeStillAnswers() {
        String code = Journal.freeTrackingCode(api());
        String key = key();
        long id = -2_000_000L - java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
        // A category removed between acceptance and opening: the row must not vanish, it is marked FAILED with a reason.
        ItDatabase.update("""
                INSERT INTO inbox_item (id, channel, idempotency_key, received_at, payload, status, tracking_code, forward_due_at)
                VALUES (?, 'PORTAL', ?, now(), ?, 'PENDING', ?, now() + interval '1 day')""",
                id, key, "{\"description\":\"Rác thải ùn ứ đầu ngõ\",\"categoryCode\":\"NO_SUCH_CATEGORY\"}", code);

        Await.value(() -> ItDatabase.value("SELECT status FROM inbox_item WHERE id = ?", id).orElseThrow().toString(),
                "FAILED"::equals, java.time.Duration.ofSeconds(30));

        assertThat(ItDatabase.value("SELECT error FROM inbox_item WHERE id = ?", id)).contains("refused: unknown-category");
        var lookup = api().get("api/public/reports/" + code);
        assertThat(lookup.status()).as("%s", lookup).isEqualTo(200);
        assertThat(lookup.json().getString("state")).isEqualTo("RECEIVED");
        assertThat(lookup.json().getString("forwardDueAt")).isNotBlank();
        var replay = api().withHeader("Idempotency-Key", key).post("api/public/reports", report());
        assertThat(replay.status()).as("%s", replay).isEqualTo(200);
        assertThat(replay.json().getString("trackingCode")).isEqualTo(code);
        assertThat(replay.json().getBoolean("replayed")).isTrue();
    }

    @Test
    void operatorSubmitOfAHotlineCallIsIdempotentToo() {
        DemoData.assumeLoaded();
        var operator = api().as(DemoData.OPERATOR)
                .withHeader("Idempotency-Key", key());
        String body = report();

        var first = operator.post("api/reports?channel=HOTLINE", body);
        var retry = operator.post("api/reports?channel=HOTLINE", body);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(retry.status()).as("%s", retry).isEqualTo(200);
        assertThat(retry.json().getString("trackingCode")).isEqualTo(first.json().getString("trackingCode"));
        assertThat(ItDatabase.value("SELECT channel FROM report WHERE tracking_code = ?",
                first.json().getString("trackingCode"))).contains("HOTLINE");
    }

    @Test
    void submitsWithDifferentKeysGetDifferentCodes() {
        var one = api().withHeader("Idempotency-Key", key()).post("api/public/reports", report());
        var two = api().withHeader("Idempotency-Key", key()).post("api/public/reports", report());

        assertThat(one.json().getString("trackingCode")).isNotEqualTo(two.json().getString("trackingCode"));
    }

    @Test
    void lookupByCodeShowsStateAndDatesButNoTextWithoutVerification() {
        String code = api().post("api/public/reports", report()).json().getString("trackingCode");

        var reply = api().get("api/public/reports/" + code);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        var view = reply.json();
        assertThat(view.getString("trackingCode")).isEqualTo(code);
        assertThat(view.getString("state")).isEqualTo("RECEIVED");
        assertThat(view.getString("receivedAt")).isNotBlank();
        assertThat(view.getBoolean("verified")).isFalse();
        assertThat(view.containsKey("description") && !view.isNull("description")).isFalse();
        assertThat(reply.body()).doesNotContain("Trần Thị Bích", "0987", "987654321");
    }

    @Test
    void lookupWithTheLastFourPhoneDigitsShowsTheReportButNoPersonalData() {
        String code = api().post("api/public/reports", report()).json().getString("trackingCode");

        var reply = api().get("api/public/reports/" + code + "?secret=4321");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().getBoolean("verified")).isTrue();
        assertThat(reply.json().getString("description")).startsWith("Khu phố 3 mất nước");
        assertThat(reply.body()).doesNotContain("Trần Thị Bích", "987654321");
    }

    @Test
    void rejectsTrackingCodeWithWrongCheckDigit() {
        String code = api().post("api/public/reports", report()).json().getString("trackingCode");
        char last = code.charAt(9);
        String mistyped = code.substring(0, 9) + (char) ('0' + (last - '0' + 1) % 10);

        var problem = assertProblem(api().get("api/public/reports/" + mistyped), 400);

        assertThat(problem.getString("code")).isEqualTo("invalid-tracking-code");
    }

    @Test
    void rejectsTrackingCodeOfWrongLength() {
        assertProblem(api().get("api/public/reports/12345"), 400);
    }

    @Test
    void unknownTrackingCodeIs404() {
        // 0000000000 has a valid Damm check digit (0) and is never issued in practice.
        var problem = assertProblem(api().get("api/public/reports/0000000000"), 404);

        assertThat(problem.getString("code")).isEqualTo("not-found");
    }

    @Test
    void malformedJsonIsAProblemAndWritesNothing() {
        assertNothingWritten("{\"description\": \"Đèn đường hỏng\",", 400);
    }

    @Test
    void wrongTypeIsAProblemAndWritesNothing() {
        assertNothingWritten("{\"description\": \"Đèn đường hỏng\", \"latitude\": \"north\"}", 400);
        assertNothingWritten("{\"description\": [\"Đèn đường hỏng\"]}", 400);
    }

    @Test
    void wrongTypeForABooleanIsAProblem() {
        assertNothingWritten("{\"description\": \"Đèn đường hỏng\", \"consentToShareIdentity\": \"maybe\"}", 400);
    }

    @Test
    void oversizedDescriptionIsAFieldErrorInBothLanguages() {
        String body = "{\"description\": \"" + "x".repeat(10_001) + "\"}";

        var problem = assertNothingWritten(body, 400);

        var error = problem.getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("description");
        assertThat(error.getString("message")).contains("10.000");
        assertThat(error.getString("message_en")).contains("10,000");
    }

    @Test
    void oversizedTitleIsAFieldError() {
        var problem = assertNothingWritten("{\"title\": \"" + "t".repeat(301) + "\", \"description\": \"Rác\"}", 400);

        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("title");
    }

    @Test
    void missingDescriptionIsAFieldError() {
        var problem = assertNothingWritten("{\"title\": \"Chỉ có tiêu đề\"}", 400);

        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("description");
    }

    @Test
    void badCitizenIdIsAFieldError() {
        var problem = assertNothingWritten(
                "{\"description\": \"Rác\", \"reporter\": {\"citizenId\": \"12345\"}}", 400);

        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reporter.citizenId");
    }

    @Test
    void latitudeOutOfRangeIsAProblem() {
        assertNothingWritten("{\"description\": \"Rác\", \"latitude\": 123.4, \"longitude\": 106.7}", 400);
    }

    @Test
    void unknownCategoryIsAProblemAndWritesNothing() {
        var problem = assertNothingWritten("{\"description\": \"Rác\", \"categoryCode\": \"NO_SUCH_CATEGORY\"}", 400);

        assertThat(problem.getString("detail")).contains("NO_SUCH_CATEGORY");
    }

    @Test
    void badPhoneNumberIsAProblemAndWritesNothing() {
        assertNothingWritten("{\"description\": \"Rác\", \"reporter\": {\"phone\": \"12\"}}", 400);
    }

    @Test
    void refusedSubmitLeavesTheIdempotencyKeyFree() {
        String key = key();
        var refused = api().withHeader("Idempotency-Key", key).post("api/public/reports", "{\"description\": \"\"}");
        var accepted = api().withHeader("Idempotency-Key", key).post("api/public/reports", report());

        assertProblem(refused, 400);
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(201);
    }

    @Test
    void nonJsonBodyIs415() {
        var reply = api().post("api/public/reports", "text/plain", "Đèn đường hỏng");

        assertProblem(reply, 415);
    }

    @Test
    void unknownEnumValueInAQueryIsAProblem() {
        DemoData.assumeLoaded();

        var problem = assertProblem(api().as(DemoData.DISPATCHER).get("api/cases?state=FLYING"), 400);

        assertThat(problem.getString("detail")).contains("FLYING");
        assertThat(problem.getString("detail_en")).contains("FLYING");
    }

    @Test
    void unknownChannelIsAProblemAndWritesNothing() {
        DemoData.assumeLoaded();
        Journal.awaitDrained();
        long before = rows("report");

        var reply = api().as(DemoData.DISPATCHER).post("api/reports?channel=PIGEON", report());

        assertThat(assertProblem(reply, 400).getString("detail_en")).contains("PIGEON");
        assertThat(rows("report")).isEqualTo(before);
    }

    @Test
    void badDateInAQueryIsAProblem() {
        DemoData.assumeLoaded();

        var problem = assertProblem(api().as(DemoData.DISPATCHER).get("api/cases?from=2026-13-01"), 400);

        assertThat(problem.getString("detail")).contains("2026-13-01");
    }

    @Test
    void impossibleDateInAQueryIsAProblem() {
        DemoData.assumeLoaded();

        assertProblem(api().as(DemoData.DISPATCHER).get("api/cases?from=31/02/2026"), 400);
    }

    /** Posts a refused submission with a fresh idempotency key and checks that no row of any kind was written. */
    private jakarta.json.JsonObject assertNothingWritten(String body, int status) {
        String key = key();
        Journal.awaitDrained();
        long reports = rows("report");
        long cases = rows("pakn_case");
        long inbox = rows("inbox_item");

        var reply = api().withHeader("Idempotency-Key", key).post("api/public/reports", body);

        var problem = assertProblem(reply, status);
        assertThat(rows("report")).as("reports after %s", reply).isEqualTo(reports);
        assertThat(rows("pakn_case")).as("cases after %s", reply).isEqualTo(cases);
        assertThat(rows("inbox_item")).as("inbox items after %s", reply).isEqualTo(inbox);
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM inbox_item WHERE idempotency_key = ?", key)).isZero();
        return problem;
    }
}
