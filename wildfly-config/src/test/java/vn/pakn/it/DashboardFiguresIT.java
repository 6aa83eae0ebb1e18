package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.CaseSteps;
import vn.pakn.it.support.DemoData;

/**
 * The dashboard's read paths on PostgreSQL agree with each other: the week trend (whole weeks from the weekly roll-up,
 * the days at either end from the daily rows) gives each week the figures that the daily rows give for that week
 * alone, and the same totals as the other groupings (whole months from the monthly roll-up); the drill-down's case
 * list pages by cursor exactly as by page number, counts the cases its lead-unit filter selects, gives unit staff
 * exactly the cases of the lead unit that they may open (their unit's subtree has a live assignment on them), and
 * refuses a cursor it did not write with a problem in both languages.
 */
class DashboardFiguresIT extends BlackBoxBase {

    private static final List<String> FIGURES = List.of("received", "answered", "answeredOnTime", "returned", "reopened",
            "overdueNow");

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @BeforeEach
    void demo() {
        DemoData.assumeLoaded();
    }

    private JsonObject statistics(LocalDate from, LocalDate to, String groupBy) {
        var reply = api().as(DemoData.LEADER).get("api/statistics?from=" + from + "&to=" + to + "&groupBy=" + groupBy);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }

    private static List<Long> figures(JsonObject row) {
        List<Long> out = new ArrayList<>();
        FIGURES.forEach(f -> out.add(row.getJsonNumber(f).longValue()));
        return out;
    }

    @Test
    void eachWeekOfTheTrendHasTheFiguresOfItsDaysAndTheTrendTheTotalsOfTheOtherGroupings() {
        // a case of today, answered, so that the current (partial) week has something in it
        var steps = new CaseSteps(api());
        var c = steps.waterReport(String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        steps.publish(c.caseId(), "Đã khắc phục.");
        // from a Wednesday about four months back: partial weeks at both ends, whole weeks and whole months between
        LocalDate from = today.minusMonths(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
        var trend = statistics(from, today, "week");
        var weeks = trend.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(weeks).hasSizeGreaterThan(10);
        for (JsonObject week : weeks) {
            LocalDate monday = LocalDate.parse(week.getString("key") + "-1",
                    java.time.format.DateTimeFormatter.ISO_WEEK_DATE);
            LocalDate first = monday.isBefore(from) ? from : monday;
            LocalDate last = monday.plusDays(6).isAfter(today) ? today : monday.plusDays(6);
            var days = statistics(first, last, "unit").getJsonObject("total");
            assertThat(figures(week)).as("week %s", week.getString("key")).isEqualTo(figures(days));
            assertThat(week.getJsonNumber("ratings").longValue()).isEqualTo(days.getJsonNumber("ratings").longValue());
        }
        for (String groupBy : List.of("unit", "category", "channel", "month")) {
            assertThat(figures(statistics(from, today, groupBy).getJsonObject("total"))).as(groupBy)
                    .isEqualTo(figures(trend.getJsonObject("total")));
        }
        assertThat(trend.getJsonObject("total").getJsonNumber("received").longValue()).isPositive();
    }

    @Test
    void theDrillDownPagesByCursorAsByNumberAndCountsTheCasesItSelects() {
        String filter = "api/cases?leadUnit=" + DemoData.WATER_UNIT + "&from=" + today.minusYears(1) + "&to=" + today + "&size=7";
        Api leader = api().as(DemoData.LEADER);
        var first = leader.get(filter).json();
        long total = first.getJsonNumber("total").longValue();
        assertThat(total).isGreaterThan(14);
        assertThat(first.getBoolean("totalAtLeast")).isFalse();

        List<Long> byNumber = new ArrayList<>();
        for (int page = 0; page * 7 < total; page++) {
            leader.get(filter + "&page=" + page).json().getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(i -> byNumber.add(i.getJsonNumber("id").longValue()));
        }
        List<Long> byCursor = new ArrayList<>();
        JsonObject page = first;
        for (int n = 1; ; n++) {
            var items = page.getJsonArray("items").getValuesAs(JsonObject.class);
            items.forEach(i -> {
                byCursor.add(i.getJsonNumber("id").longValue());
                assertThat(i.getString("leadUnitCode")).isEqualTo(DemoData.WATER_UNIT);
            });
            if (!page.containsKey("next")) {
                break;
            }
            page = leader.get(filter + "&page=" + n + "&after="
                    + java.net.URLEncoder.encode(page.getString("next"), java.nio.charset.StandardCharsets.UTF_8)).json();
            assertThat(page.getJsonNumber("total").longValue()).isEqualTo(total);
        }
        assertThat(byCursor).hasSize((int) total).doesNotHaveDuplicates().isEqualTo(byNumber);
        // the lead-unit filter selects the cases the unit holds: the water company's leader, limited to the cases their
        // unit worked on, sees the same ones
        assertThat(api().as(DemoData.WATER_LEADER).get(filter).json().getJsonNumber("total").longValue()).isEqualTo(total);
    }

    @Test
    void theUnitLeadersDrillDownListsExactlyTheCasesOfTheLeadUnitThatTheirUnitMayOpen() {
        var steps = new CaseSteps(api());
        Api dispatcher = api().as(DemoData.DISPATCHER);
        // led by the construction department with the water company coordinating: the water company may open it
        var coordinated = steps.waterReport(String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        ok(dispatcher.post("api/cases/" + coordinated.caseId() + "/route", """
                {"leadUnitCode": "%s", "coordinatorUnitCodes": ["%s"]}""".formatted(DemoData.CONSTRUCTION_UNIT, DemoData.WATER_UNIT)));
        // returned by the water company, then led by the construction department: still the water company's to open
        var returned = steps.waterReport(String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        steps.routeToWater(returned.caseId());
        ok(api().as(DemoData.WATER_OFFICER).post("api/cases/" + returned.caseId() + "/return", """
                {"reason": "Không thuộc phạm vi cấp nước"}"""));
        ok(dispatcher.post("api/cases/" + returned.caseId() + "/route", """
                {"leadUnitCode": "%s"}""".formatted(DemoData.CONSTRUCTION_UNIT)));
        // the water company coordinated, the construction department returned it and leads it again without the water
        // company: its coordinating assignment was cancelled, so the water company may no longer open it
        var cancelled = steps.waterReport(String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        ok(dispatcher.post("api/cases/" + cancelled.caseId() + "/route", """
                {"leadUnitCode": "%s", "coordinatorUnitCodes": ["%s"]}""".formatted(DemoData.CONSTRUCTION_UNIT, DemoData.WATER_UNIT)));
        ok(api().as(DemoData.CONSTRUCTION_OFFICER).post("api/cases/" + cancelled.caseId() + "/return", """
                {"reason": "Cần phân lại"}"""));
        ok(dispatcher.post("api/cases/" + cancelled.caseId() + "/route", """
                {"leadUnitCode": "%s"}""".formatted(DemoData.CONSTRUCTION_UNIT)));
        steps.publish(steps.waterReport(String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999))).caseId(), "Đã sửa.");

        Api leader = api().as(DemoData.LEADER);
        Api waterLeader = api().as(DemoData.WATER_LEADER);
        for (String unit : List.of(DemoData.WATER_UNIT, DemoData.CONSTRUCTION_UNIT)) {
            String filter = "api/cases?leadUnit=" + unit + "&from=" + today.minusYears(1) + "&to=" + today + "&size=9";
            // what the list must give: the cases of the unit the leader of the city sees, that the water company's
            // leader may open one by one (the case view checks the scope on its own, case by case)
            List<Long> mayOpen = new ArrayList<>();
            for (long id : allPages(leader, filter)) {
                var detail = waterLeader.get("api/cases/" + id);
                if (detail.status() == 200) {
                    mayOpen.add(id);
                } else {
                    assertThat(detail.status()).as("%s", detail).isIn(403, 404);
                }
            }
            assertThat(allPages(waterLeader, filter)).as(unit).isEqualTo(mayOpen);
            assertThat(waterLeader.get(filter).json().getJsonNumber("total").longValue()).as(unit).isEqualTo(mayOpen.size());
            if (unit.equals(DemoData.CONSTRUCTION_UNIT)) {
                assertThat(mayOpen).contains(coordinated.caseId(), returned.caseId()).doesNotContain(cancelled.caseId());
            } else {
                assertThat(mayOpen).isNotEmpty();
            }
        }
    }

    /** The ids of every page of a case list, newest first, following the cursors. */
    private static List<Long> allPages(Api as, String filter) {
        List<Long> ids = new ArrayList<>();
        var page = as.get(filter).json();
        for (int n = 1; ; n++) {
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> ids.add(i.getJsonNumber("id").longValue()));
            if (!page.containsKey("next")) {
                return ids;
            }
            page = as.get(filter + "&page=" + n + "&after="
                    + java.net.URLEncoder.encode(page.getString("next"), java.nio.charset.StandardCharsets.UTF_8)).json();
        }
    }

    private static void ok(Api.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    }

    @Test
    void aCursorTheListDidNotWriteIsAProblemInBothLanguages() {
        var reply = api().as(DemoData.LEADER).get("api/cases?leadUnit=" + DemoData.WATER_UNIT + "&after=12345");
        assertThat(reply.status()).isEqualTo(400);
        var problem = reply.json();
        assertThat(problem.getString("code")).isEqualTo("bad-cursor");
        assertThat(Map.of("vi", problem.getString("detail"), "en", problem.getString("detail_en")))
                .allSatisfy((lang, text) -> assertThat(text).contains("after").contains("12345"));
    }
}
