package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import vn.pakn.it.support.Accessibility;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.Browser;
import vn.pakn.it.support.CaseSteps;
import vn.pakn.it.support.DemoData;
import vn.pakn.it.support.ItDatabase;
import vn.pakn.it.support.QuarantinedMails;
import vn.pakn.it.support.StaffPages;

/**
 * The administration pages in a real headless Chromium, signed in as the demo {@code admin}: a new ward unit under a
 * district, a category with its deadlines, a routing rule to the ward and an officer of the ward, each checked
 * afterwards through the API (the officer signs in and sees the ward's case and no other unit's); a holiday, a mail
 * template with its preview, an index rebuild to 100 %; the server's refusals shown in the page with the form kept;
 * a date that does not exist; no administration for other roles; labels and contrast on every page.
 */
class AdminPagesIT extends BlackBoxBase {

    private static final List<String> PAGES = List.of("units", "categories", "routing", "calendar", "users", "templates", "index",
            "keys", "quarantine");

    private Browser browser;
    private Api admin;
    private final String n = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));

    @BeforeEach
    void open() {
        DemoData.assumeLoaded();
        browser = Browser.at(base);
        admin = api().as(DemoData.ADMIN);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private void signIn(Api.Credentials who) {
        StaffPages.signIn(browser, who);
    }

    private void page(String name) {
        browser.open("/staff/#/admin/" + name);
        browser.waitFor(By.cssSelector("[data-testid=admin-" + name + "]"));
    }

    private void submit(String form) {
        browser.click(By.cssSelector("[data-testid=" + form + "] button[type=submit]"));
    }

    /** Picks an option once the page's list has brought it (the lists arrive after the form is shown). */
    private void select(String id, String value) {
        browser.waitFor(By.cssSelector("#" + id + " option[value='" + value + "']"));
        new Select(browser.find(By.id(id))).selectByValue(value);
    }

    private static String asJson(Api.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.body();
    }

    private static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isBetween(200, 299);
        return reply.json();
    }

    @Test
    void theAdministratorSetsUpAWardFromItsUnitToItsOfficer() {
        String district = "Q_IT" + n;
        String ward = "P_IT" + n;
        String category = "IT_CAT" + n;
        String officer = "it.officer" + n;
        ok(admin.post("api/admin/units", """
                {"code": "%s", "nameVi": "Ủy ban nhân dân quận Kiểm Thử %s", "kind": "DISTRICT_COMMITTEE", "parentCode": "UBND_TP"}"""
                .formatted(district, n)));
        signIn(DemoData.ADMIN);
        assertThat(browser.findAll(By.cssSelector("[data-nav=admin]"))).hasSize(1);

        page("units");
        browser.click(By.cssSelector("[data-unit=UBND_TP] [data-action=toggle]"));
        browser.click(By.cssSelector("[data-unit=UBND_TP] [data-action=toggle]"));
        browser.click(By.cssSelector("[data-unit=" + district + "] [data-action=add-child]"));
        browser.type("unit-code", ward);
        browser.type("unit-name-vi", "Ủy ban nhân dân phường Thử Nghiệm " + n);
        browser.type("unit-kind", "WARD_COMMITTEE");
        submit("unit-form");
        browser.waitFor(By.cssSelector("[data-unit=" + ward + "]"));
        browser.screenshot("admin-01-units-new-ward");
        assertThat(ok(admin.get("api/admin/units/" + ward)).getString("parentCode")).isEqualTo(district);

        page("categories");
        browser.click(By.cssSelector("[data-testid=category-add]"));
        browser.type("cat-code", category);
        browser.type("cat-name-vi", "Lĩnh vực kiểm thử " + n);
        browser.type("cat-forwardWorkingDays", "2");
        browser.type("cat-answerWorkingDays", "15");
        browser.type("cat-maxExtensionDays", "5");
        submit("category-form");
        browser.waitFor(By.cssSelector("[data-category=" + category + "]"));
        browser.screenshot("admin-02-categories");
        var sla = ok(admin.get("api/admin/categories/" + category)).getJsonObject("sla");
        assertThat(List.of(sla.getInt("forwardWorkingDays"), sla.getInt("answerWorkingDays"), sla.getInt("maxExtensionDays")))
                .containsExactly(2, 15, 5);

        page("routing");
        browser.click(By.cssSelector("[data-testid=rule-add]"));
        select("rule-category", category);
        select("rule-lead", ward);
        browser.type("rule-note", "Quy tắc kiểm thử " + n);
        submit("rule-form");
        browser.waitForText(By.cssSelector("[data-testid=rule-table]"), ward);
        select("probe-category", category);
        select("probe-area", DemoData.HAI_LONG_WARD);
        submit("rule-test");
        browser.waitForText(By.cssSelector("[data-testid=rule-match]"), ward);
        browser.screenshot("admin-03-routing-rule-tested");
        var match = ok(admin.get("api/admin/routing-rules/match?category=" + category + "&area=" + DemoData.HAI_LONG_WARD));
        assertThat(match.getJsonObject("rule").getString("leadUnitCode")).isEqualTo(ward);

        page("users");
        browser.click(By.cssSelector("[data-testid=user-add]"));
        browser.type("user-username", officer);
        browser.type("user-fullname", "Cán bộ Kiểm Thử " + n);
        select("user-unit", ward);
        browser.click(By.id("user-role-UNIT_OFFICER"));
        browser.type("user-password", "mat-khau-IT-" + n);
        submit("user-form");
        browser.waitFor(By.cssSelector("[data-user='" + officer + "']"));
        browser.screenshot("admin-04-users");
        assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("$2a$", "$2b$", "mat-khau-IT-");
        assertThat(asJson(admin.get("api/admin/users/" + officer))).doesNotContainIgnoringCase("password").doesNotContain("$2");
        browser.click(By.cssSelector("[data-user='" + officer + "'] [data-action=password]"));
        browser.type("user-password", "mat-khau-moi-" + n);
        submit("user-form");
        browser.waitForText(By.cssSelector("[data-testid=admin-users] [data-testid=done]"), "Đã đặt mật khẩu mới");
        assertThat(api().as(officer, "mat-khau-IT-" + n).get("api/me").status()).isEqualTo(401);

        // The officer signs in with the password the page set, and sees the ward's case and nothing of another unit.
        var steps = new CaseSteps(api());
        var ours = steps.report("Ống thoát nước vỡ trước số " + n + " phố Cầu Đá", "Nước tràn ra đường từ sáng, số nhà " + n + ".", CaseSteps.PHONE);
        var dispatcher = api().as(DemoData.DISPATCHER);
        ok(dispatcher.post("api/cases/" + ours.caseId() + "/classify", """
                {"categoryCode": "%s", "areaCode": "%s"}""".formatted(category, DemoData.HAI_LONG_WARD)));
        ok(dispatcher.post("api/cases/" + ours.caseId() + "/route", "{}"));
        var theirs = steps.waterReport(n);
        steps.routeToWater(theirs.caseId());
        var asOfficer = api().as(officer, "mat-khau-moi-" + n);
        var me = ok(asOfficer.get("api/me"));
        assertThat(me.toString()).contains(ward);
        assertThat(ok(asOfficer.get("api/cases?q=" + ours.code())).getJsonArray("items").toString()).contains(ours.code());
        assertThat(asOfficer.get("api/cases/" + ours.caseId()).status()).isEqualTo(200);
        assertThat(asOfficer.get("api/cases/" + theirs.caseId()).status()).isIn(403, 404);
        assertThat(ok(asOfficer.get("api/cases?q=" + theirs.code())).getJsonArray("items")).isEmpty();
    }

    @Test
    void aUnitIsMovedUnderAnotherParentAndDeactivatedWhenNothingNeedsIt() {
        for (String root : List.of("A", "B")) {
            ok(admin.post("api/admin/units", """
                    {"code": "IT_%s%s", "nameVi": "Đơn vị thử %s %s", "kind": "DEPARTMENT"}""".formatted(root, n, root, n)));
        }
        ok(admin.post("api/admin/units", """
                {"code": "IT_C%s", "nameVi": "Phòng thử %s", "kind": "SECTION", "parentCode": "IT_A%s"}""".formatted(n, n, n)));
        signIn(DemoData.ADMIN);
        page("units");
        // Top-level units open expanded: the section shows under its department at once.
        browser.click(By.cssSelector("[data-unit=IT_C" + n + "] [data-action=move]"));
        select("unit-parent", "IT_B" + n);
        submit("unit-form");
        browser.waitFor(By.cssSelector("[data-unit=IT_B" + n + "] [data-action=toggle]"));
        assertThat(ok(admin.get("api/admin/units/IT_C" + n)).getString("parentCode")).isEqualTo("IT_B" + n);

        browser.click(By.cssSelector("[data-unit=IT_C" + n + "] [data-action=deactivate]"));
        browser.waitFor(By.cssSelector("[data-unit=IT_C" + n + "] [data-action=activate]"));
        browser.screenshot("admin-12-unit-moved-and-deactivated");
        assertThat(ok(admin.get("api/admin/units/IT_C" + n)).getBoolean("active")).isFalse();
    }

    @Test
    void aHolidayIsAddedInTheYearViewAndCountsOnTheServer() {
        signIn(DemoData.ADMIN);
        page("calendar");
        // A Tuesday far enough ahead that no other test's deadline crosses it.
        browser.type("day-date", "14/10/2042");
        select("day-kind", "HOLIDAY");
        browser.type("day-name-vi", "Ngày nghỉ kiểm thử " + n);
        browser.type("day-name-en", "Test holiday " + n);
        submit("day-form");
        browser.waitForText(By.cssSelector("[data-testid=cal-year]"), "2042");
        browser.waitFor(By.cssSelector("[data-day='2042-10-14']"));
        assertThat(browser.find(By.cssSelector("[data-date='2042-10-14']")).getAttribute("class")).contains("cal-holiday");
        browser.screenshot("admin-05-calendar-holiday");

        var year = ok(admin.get("api/admin/calendar/2042"));
        assertThat(year.getJsonArray("days").toString()).contains("2042-10-14", "HOLIDAY", "Ngày nghỉ kiểm thử " + n);

        browser.click(By.cssSelector("[data-day='2042-10-14'] [data-action=remove-day]"));
        browser.waitUntilGone(By.cssSelector("[data-day='2042-10-14']"));
        assertThat(ok(admin.get("api/admin/calendar/2042")).getJsonArray("days").toString()).doesNotContain("2042-10-14");
    }

    @Test
    void aMailTemplateIsEditedWithAPreviewOfTheRenderedText() {
        var original = ok(admin.get("api/admin/mail-templates/ASSIGNED/vi"));
        try {
            signIn(DemoData.ADMIN);
            page("templates");
            select("tpl-kind", "ASSIGNED");
            browser.type("tpl-body-vi", "Phản ánh \"{{title}}\" (mã {{code}}) đã được chuyển đến {{unit}}. Kiểm thử " + n + ".");
            browser.waitForText(By.cssSelector("[data-testid=tpl-preview-vi] [data-testid=preview-body]"), "Kiểm thử " + n);
            String preview = browser.find(By.cssSelector("[data-testid=tpl-preview-vi] [data-testid=preview-body]")).getText();
            assertThat(preview).contains("Mất nước sinh hoạt", "Công ty Cấp nước").doesNotContain("{{");
            browser.screenshot("admin-06-template-preview");

            browser.type("tpl-body-vi", "Mã {{cdoe}} " + n);
            browser.waitForText(By.cssSelector("[data-testid=tpl-preview-vi] .alert-danger"), "cdoe");
            browser.type("tpl-body-vi", "Phản ánh \"{{title}}\" (mã {{code}}) đã được chuyển đến {{unit}}. Kiểm thử " + n + ".");
            submit("tpl-vi");
            browser.waitFor(By.cssSelector("[data-testid=tpl-vi] [data-testid=done]"));
            assertThat(ok(admin.get("api/admin/mail-templates/ASSIGNED/vi")).getString("body")).contains("Kiểm thử " + n);
        } finally {
            admin.put("api/admin/mail-templates/ASSIGNED/vi", jakarta.json.Json.createObjectBuilder()
                    .add("subject", original.getString("subject")).add("body", original.getString("body")).build().toString());
        }
    }

    @Test
    void theIndexRebuildShowsItsProgressUpToAHundredPercent() {
        signIn(DemoData.ADMIN);
        page("index");
        browser.waitFor(By.cssSelector("[data-testid=idx-progress]"));
        browser.click(By.cssSelector("[data-testid=idx-rebuild]"));
        browser.waitForText(By.cssSelector("[data-testid=idx-started]"), DemoData.ADMIN.username());
        browser.waitForText(By.cssSelector("[data-testid=idx-state]"), "Hoàn tất");
        browser.waitForText(By.cssSelector("[data-testid=idx-progress]"), "100 %");
        browser.screenshot("admin-07-index-rebuilt");
        assertThat(browser.find(By.cssSelector("[data-testid=idx-progress]")).getAttribute("aria-valuenow")).isEqualTo("100");

        var status = ok(admin.get("api/admin/search-index"));
        assertThat(status.getString("state")).isEqualTo("DONE");
        assertThat(status.getInt("percent")).isEqualTo(100);
        assertThat(status.getString("startedBy")).isEqualTo(DemoData.ADMIN.username());
    }

    @Test
    void aQuarantinedMailIsReleasedFromThePageAndBecomesAReport() {
        String messageId = "it-page-release-" + n + "-" + UUID.randomUUID() + "@example.vn";
        long id = QuarantinedMails.citizenMail(messageId, "trang." + n + "@example.vn", "Cay do " + n,
                "Cây đổ chắn ngang ngõ 7 phố Huế sau cơn mưa.", "processing-failed: PSQLException: Connection refused");
        signIn(DemoData.ADMIN);
        page("quarantine");
        String row = "[data-testid=admin-quarantine] tr[data-mail='" + messageId + "']";
        browser.waitForText(By.cssSelector(row), "Connection refused");
        browser.click(By.cssSelector(row + " [data-action=release]"));
        browser.waitForText(By.cssSelector("[data-testid=admin-quarantine] [data-testid=done]"), "thành phản ánh mới");
        browser.waitUntilGone(By.cssSelector(row));
        browser.screenshot("admin-08-quarantine-released");

        String code = String.valueOf(ItDatabase.value("SELECT r.tracking_code FROM report r JOIN mail_item m ON m.report_id = r.id WHERE m.id = ?", id).orElseThrow());
        assertThat(browser.find(By.cssSelector("[data-testid=admin-quarantine] [data-testid=done]")).getText()).contains(code);
        var decision = admin.get("api/admin/mail-quarantine/" + id + "/decisions").array().getJsonObject(0);
        assertThat(decision.getString("decidedBy")).isEqualTo(DemoData.ADMIN.username());
        assertThat(decision.getString("outcome")).isEqualTo("REPORT");
    }

    @Test
    void aDuplicateUnitCodeShowsTheServersMessageAndKeepsWhatWasTyped() {
        signIn(DemoData.ADMIN);
        page("units");
        browser.click(By.cssSelector("[data-testid=unit-add-root]"));
        browser.type("unit-code", DemoData.CONSTRUCTION_UNIT);
        browser.type("unit-name-vi", "Sở trùng mã " + n);
        browser.type("unit-kind", "DEPARTMENT");
        submit("unit-form");
        browser.waitForText(By.cssSelector("[data-testid=unit-form] .alert-danger"), "Đã có đơn vị với mã '" + DemoData.CONSTRUCTION_UNIT + "'");
        browser.screenshot("admin-08-duplicate-unit");
        assertThat(browser.find(By.id("unit-name-vi")).getAttribute("value")).isEqualTo("Sở trùng mã " + n);
        assertThat(browser.find(By.id("unit-code")).getAttribute("value")).isEqualTo(DemoData.CONSTRUCTION_UNIT);

        browser.click(By.xpath("//button[normalize-space()='English']"));
        submit("unit-form");
        browser.waitForText(By.cssSelector("[data-testid=unit-form] .alert-danger"), "is already used by another unit");
    }

    @Test
    void aUnitWithActiveAccountsIsNotDeactivatedAndThePageSaysWhy() {
        signIn(DemoData.ADMIN);
        page("units");
        browser.click(By.cssSelector("[data-unit=" + DemoData.WATER_UNIT + "] [data-action=deactivate]"));
        browser.waitForText(By.cssSelector("[data-testid=admin-units] .alert-danger"), "Chưa thể ngừng đơn vị '" + DemoData.WATER_UNIT + "'");
        browser.screenshot("admin-09-unit-in-use");
        assertThat(ok(admin.get("api/admin/units/" + DemoData.WATER_UNIT)).getBoolean("active")).isTrue();
    }

    @Test
    void aDateThatDoesNotExistIsRefusedInVietnameseAndNothingIsSent() {
        signIn(DemoData.ADMIN);
        page("calendar");
        browser.type("day-date", "31/02/2042");
        browser.type("day-name-vi", "Ngày không tồn tại " + n);
        submit("day-form");
        browser.waitForText(By.cssSelector("[data-testid=day-date-error]"), "Ngày không hợp lệ: nhập theo dạng dd/MM/yyyy");
        browser.screenshot("admin-10-invalid-date");
        assertThat(browser.find(By.id("day-date")).getAttribute("value")).isEqualTo("31/02/2042");
        assertThat(browser.find(By.id("day-date")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(ok(admin.get("api/admin/calendar/2042")).getJsonArray("days").toString()).doesNotContain("Ngày không tồn tại " + n);

        // The dashboard's period uses the same field: dd/MM/yyyy whatever the browser's locale.
        browser.open("/staff/#/dashboard");
        browser.waitFor(By.id("dash-from"));
        assertThat(browser.find(By.id("dash-from")).getAttribute("value")).matches("\\d{2}/\\d{2}/\\d{4}");
        browser.type("dash-from", "2026-13-01");
        browser.click(By.cssSelector("[data-testid=dashboard] form button[type=submit]"));
        browser.waitForText(By.cssSelector("[data-testid=dash-from-error]"), "dd/MM/yyyy");
    }

    @Test
    void otherRolesHaveNoAdministrationAndTheApiRefusesThem() {
        signIn(DemoData.DISPATCHER);
        assertThat(browser.findAll(By.cssSelector("[data-nav=admin]"))).isEmpty();
        browser.open("/staff/#/admin/users");
        browser.waitFor(By.cssSelector("[data-testid=queue-new]"));
        assertThat(browser.findAll(By.cssSelector("[data-testid=admin]"))).isEmpty();
        browser.screenshot("admin-11-dispatcher-no-admin");

        var dispatcher = api().as(DemoData.DISPATCHER);
        for (String path : List.of("api/admin/units", "api/admin/users", "api/admin/calendar/2026", "api/admin/search-index")) {
            assertThat(dispatcher.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(api().as(DemoData.LEADER).post("api/admin/search-index/rebuild", null).status()).isEqualTo(403);
        assertThat(dispatcher.post("api/admin/users", """
                {"username": "x%s", "password": "%s", "fullName": "X", "roles": ["ADMIN"]}""".formatted(n, UUID.randomUUID())).status())
                .isEqualTo(403);
    }

    @Test
    void everyAdministrationPageIsLabelledAndReadable() {
        signIn(DemoData.ADMIN);
        for (String name : PAGES) {
            page(name);
            // Let the page's lists arrive before looking at them.
            browser.waitFor(By.cssSelector("[data-testid=admin-" + name + "] " + switch (name) {
                case "units" -> "[data-unit]";
                case "categories" -> "[data-category]";
                case "routing" -> "[data-rule]";
                case "calendar" -> ".cal-day";
                case "users" -> "[data-user]";
                case "templates" -> "[data-testid=tpl-vi]";
                case "index" -> "[data-testid=idx-progress]";
                default -> "*";
            }));
            if (name.equals("units")) {
                browser.click(By.cssSelector("[data-unit=" + DemoData.WATER_UNIT + "] [data-action=edit]"));
            } else if (name.equals("users")) {
                browser.click(By.cssSelector("[data-testid=user-add]"));
            } else if (name.equals("routing")) {
                browser.click(By.cssSelector("[data-testid=rule-add]"));
            } else if (name.equals("categories")) {
                browser.click(By.cssSelector("[data-testid=category-add]"));
            }
            browser.screenshot("admin-page-" + name);
            assertThat(Accessibility.unlabelledControls(browser)).as(name).isEmpty();
            assertThat(Accessibility.lowContrastText(browser)).as(name).isEmpty();
        }
        page("calendar");
        assertThat(Accessibility.tabOrder(browser, 40)).as("calendar").contains("day-date", "day-kind", "day-name-vi", "working-hours");
    }
}
