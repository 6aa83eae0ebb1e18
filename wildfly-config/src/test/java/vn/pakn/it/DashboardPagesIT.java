package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.pakn.it.support.Accessibility;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.Browser;
import vn.pakn.it.support.CaseSteps;
import vn.pakn.it.support.DemoData;

/**
 * The leaders' dashboard in a real headless Chromium: the hotline KPI panel for a leader (not for a unit leader, who
 * may not see the hotline), and the export buttons, which fetch the files and hand them to the browser without an
 * error (the files' content is checked through the API by DashboardExportIT).
 */
class DashboardPagesIT extends BlackBoxBase {

    private Browser browser;

    @BeforeEach
    void open() {
        DemoData.assumeLoaded();
        browser = Browser.at(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private void dashboard(Api.Credentials who) {
        browser.open("/staff/");
        browser.type("u", who.username());
        browser.type("p", who.password());
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.waitFor(By.cssSelector("[data-testid=me]"));
        browser.open("/staff/#/dashboard");
        browser.waitFor(By.cssSelector("[data-testid=table-unit] tbody tr"));
    }

    /** Clicks an export button and waits until the page has handed a file over (an object URL was clicked). */
    private String export(String testId) {
        browser.script("window.__downloads = []; if (!window.__hooked) { window.__hooked = true;"
                + " const click = HTMLAnchorElement.prototype.click;"
                + " HTMLAnchorElement.prototype.click = function () { if (this.download) window.__downloads.push(this.download);"
                + " return click.call(this); }; }");
        browser.click(By.cssSelector("[data-testid=" + testId + "]"));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Object name = browser.script("return window.__downloads.length ? window.__downloads[0] : null");
            if (name != null) {
                return name.toString();
            }
            assertThat(browser.findAll(By.cssSelector("[data-testid=dashboard] .alert-danger"))).as("problem box").isEmpty();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the page handed over no file after clicking " + testId);
    }

    @Test
    void theLeaderSeesTheHotlineKpisAndExportsToExcelAndPdf() {
        dashboard(DemoData.LEADER);
        browser.waitFor(By.cssSelector("[data-testid=hotline-kpis]"));
        browser.screenshot("dashboard-01-hotline-kpis");

        assertThat(browser.find(By.cssSelector("[data-testid=hotline-offered]")).getText()).matches("\\d+");
        assertThat(browser.find(By.cssSelector("[data-testid=hotline-kpis]")).getText()).contains("Trả lời trong 20 giây")
                .contains("Bỏ dở").contains("Gọi lại");
        assertThat(export("export-xlsx")).startsWith("Báo cáo PAKN ").endsWith(".xlsx");
        assertThat(export("export-pdf")).startsWith("Báo cáo PAKN ").endsWith(".pdf");
        assertThat(Accessibility.unlabelledControls(browser)).isEmpty();
        assertThat(Accessibility.lowContrastText(browser)).isEmpty();
    }

    @Test
    void aUnitLeaderSeesNoHotlineAndExportsTheCasesOfARow() {
        var steps = new CaseSteps(api());
        steps.routeToWater(steps.waterReport(String.valueOf(java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(100_000, 999_999))).caseId());
        dashboard(DemoData.WATER_LEADER);
        browser.screenshot("dashboard-02-unit-leader");

        assertThat(browser.findAll(By.cssSelector("[data-testid=hotline-kpis]"))).isEmpty();
        assertThat(export("export-cases-" + DemoData.WATER_UNIT)).startsWith("Danh sách hồ sơ ").endsWith(".xlsx");
    }
}
