package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.pakn.it.support.StaffPages;

/**
 * The staff workspace in a real headless Chromium: sign in through the form, the dispatcher classifies, routes
 * with the suggested unit and merges a likely duplicate in one click; the unit officer accepts and answers and the
 * unit leader publishes; another unit sees nothing; an expired session says so.
 */
class StaffPagesIT extends BlackBoxBase {

    private Browser browser;
    private CaseSteps steps;

    @BeforeEach
    void open() {
        DemoData.assumeLoaded();
        browser = Browser.at(base);
        steps = new CaseSteps(api());
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private static String houseNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    private void signIn(Api.Credentials who) {
        StaffPages.signIn(browser, who);
    }

    private void openCase(long caseId) {
        browser.open("/staff/#/case/" + caseId);
        browser.waitFor(By.cssSelector("[data-testid=case-detail]"));
    }

    private void step(String action) {
        browser.click(By.cssSelector("[data-action=" + action + "]"));
    }

    private void expectState(String label) {
        browser.waitForText(By.cssSelector("[data-testid=case-state]"), label);
    }

    @Test
    void theDispatcherClassifiesAndRoutesWithTheSuggestedUnit() {
        String number = houseNumber();
        steps.routeToWater(steps.waterReport(houseNumber()).caseId());
        var c = steps.waterReport(number);
        signIn(DemoData.DISPATCHER);
        browser.waitForText(By.cssSelector("[data-testid=queue-new]"), "");
        browser.type("queue-new-q", c.code());
        browser.click(By.cssSelector("[data-testid=queue-new] form button[type=submit]"));
        browser.waitFor(By.cssSelector("[data-code='" + c.code() + "']"));
        browser.screenshot("staff-01-dispatch-queue");
        browser.click(By.linkText(c.code()));
        browser.waitFor(By.cssSelector("[data-testid=case-detail]"));

        step("CLASSIFY");
        new Select(browser.waitFor(By.id("f-category"))).selectByValue(DemoData.WATER_SUPPLY_CATEGORY);
        browser.click(By.cssSelector("[data-form=CLASSIFY] button[type=submit]"));
        expectState("Đã phân loại");
        step("ROUTE");
        browser.waitForText(By.cssSelector("[data-testid=suggestions]"), "%");
        browser.screenshot("staff-02-route-with-suggestions");
        browser.click(By.cssSelector("[data-testid=suggestions] button"));
        assertThat(new Select(browser.find(By.id("f-lead"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(DemoData.WATER_UNIT);
        browser.click(By.cssSelector("[data-form=ROUTE] button[type=submit]"));
        expectState("Đã chuyển xử lý");

        assertThat(ItDatabase.value("SELECT u.code FROM pakn_case c JOIN unit u ON u.id = c.lead_unit_id WHERE c.id = ?", c.caseId()))
                .contains(DemoData.WATER_UNIT);
    }

    @Test
    void theDispatcherMergesTheLikelyDuplicateInOneClick() {
        String number = houseNumber();
        var first = steps.waterReport(number);
        var second = steps.waterReport(number);
        steps.awaitLikelyDuplicate(second.code());
        signIn(DemoData.DISPATCHER);
        openCase(second.caseId());

        browser.waitForText(By.cssSelector("[data-testid=duplicates]"), first.code());
        browser.screenshot("staff-03-likely-duplicate");
        browser.click(By.cssSelector("[data-testid=merge-likely]"));
        expectState("Đã gộp");

        assertThat(ItDatabase.value("SELECT merged_into_id FROM pakn_case WHERE id = ?", second.caseId()))
                .map(v -> ((Number) v).longValue()).contains(first.caseId());
    }

    @Test
    void theUnitAcceptsAndAnswersAndItsLeaderPublishes() {
        var c = steps.waterReport(houseNumber());
        steps.routeToWater(c.caseId());
        signIn(DemoData.WATER_OFFICER);
        browser.waitFor(By.cssSelector("[data-testid=unit-cases]"));
        browser.type("unit-cases-q", c.code());
        browser.click(By.cssSelector("[data-testid=unit-cases] form button[type=submit]"));
        browser.waitFor(By.cssSelector("[data-code='" + c.code() + "']"));
        browser.screenshot("staff-04-unit-cases");
        openCase(c.caseId());

        step("ACCEPT");
        expectState("Đang xử lý");
        step("ANSWER");
        browser.type("f-text", "Đã khắc phục sự cố đường ống, cấp nước lại từ 9 giờ.");
        browser.click(By.cssSelector("[data-form=ANSWER] button[type=submit]"));
        expectState("Đã có kết quả xử lý");
        browser.screenshot("staff-05-answered");

        browser.open("/logout");
        signIn(DemoData.WATER_LEADER);
        openCase(c.caseId());
        step("APPROVE_ANSWER");
        expectState("Đã công khai");
        assertThat(ItDatabase.value("SELECT state FROM pakn_case WHERE id = ?", c.caseId())).contains("PUBLISHED");
    }

    @Test
    void anotherUnitNeitherListsNorOpensTheCase() {
        var c = steps.waterReport(houseNumber());
        steps.routeToWater(c.caseId());
        signIn(DemoData.CONSTRUCTION_OFFICER);
        browser.waitFor(By.cssSelector("[data-testid=unit-cases]"));
        browser.type("unit-cases-q", c.code());
        browser.click(By.cssSelector("[data-testid=unit-cases] form button[type=submit]"));
        browser.waitForText(By.cssSelector("[data-testid=unit-cases]"), "Không có hồ sơ");

        browser.open("/staff/#/case/" + c.caseId());
        browser.waitFor(By.cssSelector("main .alert-danger"));
        browser.screenshot("staff-06-other-unit-not-found");
        assertThat(browser.findAll(By.cssSelector("[data-testid=case-detail]"))).isEmpty();
    }

    @Test
    void anExpiredSessionIsAnnouncedAndNothingIsDoneBlindly() {
        var c = steps.waterReport(houseNumber());
        signIn(DemoData.DISPATCHER);
        openCase(c.caseId());
        browser.driver().manage().deleteAllCookies();

        step("REJECT");
        browser.type("f-reason", "Không có nội dung");
        browser.click(By.cssSelector("[data-form=REJECT] button[type=submit]"));
        browser.waitFor(By.cssSelector("[data-testid=session-expired]"));
        browser.screenshot("staff-07-session-expired");

        assertThat(ItDatabase.value("SELECT state FROM pakn_case WHERE id = ?", c.caseId())).contains("RECEIVED");
    }

    @Test
    void theWorkspaceIsLabelledReadableAndReachableByKeyboard() {
        var c = steps.waterReport(houseNumber());
        signIn(DemoData.DISPATCHER);
        openCase(c.caseId());
        step("CLASSIFY");
        browser.waitFor(By.id("f-category"));

        assertThat(Accessibility.unlabelledControls(browser)).isEmpty();
        assertThat(Accessibility.lowContrastText(browser)).isEmpty();
        assertThat(Accessibility.tabOrder(browser, 60)).contains("f-category", "f-area", "f-title");
    }

    @Test
    void theLeaderSeesTheFiguresChartsAndDrillsDownToTheCases() {
        signIn(DemoData.LEADER);
        browser.waitFor(By.cssSelector("[data-testid=kpis]"));
        browser.waitFor(By.cssSelector("[data-testid=table-unit] tbody tr"));
        browser.screenshot("staff-08-dashboard");

        assertThat(browser.find(By.cssSelector("[data-testid=on-time]")).getText()).matches("\\d+(\\.\\d)?%|—");
        assertThat(browser.findAll(By.cssSelector("[data-testid=dashboard] canvas"))).hasSize(3);
        assertThat((Boolean) browser.script("return !!window.Chart")).isTrue();
        assertThat(Accessibility.lowContrastText(browser)).isEmpty();

        browser.click(By.cssSelector("[data-testid=table-unit] tbody tr th a"));
        browser.waitFor(By.cssSelector("[data-testid=drill-cases] tbody tr"));
        browser.screenshot("staff-09-drill-down");
        // a unit's row counts the cases it holds: the drill-down lists those (by lead unit), counted up to a limit
        assertThat(browser.driver().getCurrentUrl()).contains("#/cases?leadUnit=");
        assertThat(browser.find(By.cssSelector("[data-testid=drill-cases] [data-testid=list-position]")).getText())
                .matches("1 / \\d+\\+? · (\\d+|hơn [\\d.]+)");
    }
}
