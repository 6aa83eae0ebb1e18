package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import vn.pakn.it.support.Accessibility;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.Browser;
import vn.pakn.it.support.CaseSteps;
import vn.pakn.it.support.DemoData;
import vn.pakn.it.support.ItDatabase;
import vn.pakn.it.support.Journal;
import vn.pakn.it.support.StaffPages;

/**
 * The citizens' portal in a real headless Chromium: submit and get a tracking code, the "has this been
 * reported?" hints while typing, look up and rate, the published answers, English, and the errors citizens hit.
 */
class PortalPagesIT extends BlackBoxBase {

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

    private static String houseNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    private void openPortal() {
        browser.open("/");
        browser.waitFor(By.id("description"));
        // The lists come from the API after the page shows; wait for them so a selection is not lost.
        browser.waitFor(By.cssSelector("#category option[value='" + DemoData.WATER_SUPPLY_CATEGORY + "']"));
    }

    @Test
    void citizenSubmitsAReportAndGetsATrackingCodeAtOnce() {
        openPortal();
        browser.screenshot("portal-01-home");
        String number = houseNumber();
        new Select(browser.find(By.id("category"))).selectByValue(DemoData.WATER_SUPPLY_CATEGORY);
        new Select(browser.find(By.id("area"))).selectByValue(DemoData.HAI_LONG_WARD);
        browser.type("address", "Số " + number + " đường Trần Phú");
        browser.type("description", "Nước máy nhà số " + number + " có màu vàng và mùi lạ từ hai ngày nay.");
        browser.type("name", "Phạm Thị Hoa");
        browser.type("phone", "0905 111 222");
        browser.click(By.cssSelector("form button[type=submit]"));

        String code = browser.waitFor(By.cssSelector("[data-testid=tracking-code]")).getText().strip();
        Journal.awaitOpened(code);
        browser.screenshot("portal-02-receipt");

        assertThat(code).matches("\\d{10}");
        assertThat(ItDatabase.value("SELECT address FROM report WHERE tracking_code = ?", code)).contains("Số " + number + " đường Trần Phú");
        assertThat(ItDatabase.value("SELECT channel FROM report WHERE tracking_code = ?", code)).contains("PORTAL");
    }

    @Test
    void whileTypingTheCitizenSeesTheCaseAlreadyReportedAndJoinsIt() {
        var steps = new CaseSteps(api());
        String number = houseNumber();
        var existing = steps.waterReport(number);
        steps.routeToWater(existing.caseId());
        openPortal();

        browser.type("description", "Ống nước trước nhà số " + number + " đường Lê Lợi bị vỡ, nước tràn ra đường");
        browser.waitForText(By.cssSelector("[data-testid=similar]"), existing.code());
        browser.screenshot("portal-03-similar-while-typing");
        browser.click(By.xpath("//li[contains(., '" + existing.code() + "')]//button"));
        browser.click(By.cssSelector("form button[type=submit]"));
        String code = browser.waitFor(By.cssSelector("[data-testid=tracking-code]")).getText().strip();
        Journal.awaitOpened(code);

        assertThat(ItDatabase.value("SELECT c.likely_duplicate_of_code FROM pakn_case c JOIN report r ON r.case_id = c.id "
                + "WHERE r.tracking_code = ?", code)).contains(existing.code());
    }

    @Test
    void anEmptyDescriptionIsRefusedOnThePageAndNothingIsWritten() {
        openPortal();
        Journal.awaitDrained();
        long before = ItDatabase.count("SELECT COUNT(*) FROM report");
        browser.type("name", "Phạm Thị Hoa");
        browser.click(By.cssSelector("form button[type=submit]"));

        browser.waitForText(By.cssSelector("#submit-h ~ form .alert-danger"), "Cần nhập nội dung phản ánh");
        browser.screenshot("portal-04-missing-description");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("description");
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM report")).isEqualTo(before);
    }

    @Test
    void aTrackingCodeWithAWrongCheckDigitGetsTheServersExplanation() {
        openPortal();
        browser.type("code", "12345");
        browser.click(By.cssSelector("#lookup-h ~ form button[type=submit]"));
        browser.waitForText(By.cssSelector("#lookup-h ~ div .alert-danger"), "10 chữ số");

        String valid = new CaseSteps(api()).waterReport(houseNumber()).code();
        String typo = valid.substring(0, 9) + (char) ('0' + (valid.charAt(9) - '0' + 1) % 10);
        browser.type("code", typo);
        browser.click(By.cssSelector("#lookup-h ~ form button[type=submit]"));
        browser.waitFor(By.cssSelector("#lookup-h ~ div .alert-danger"));
        browser.screenshot("portal-05-bad-tracking-code");

        assertThat(browser.find(By.cssSelector("#lookup-h ~ div .alert-danger")).getText()).contains("kiểm tra lại từng chữ số");
        assertThat(browser.findAll(By.cssSelector("[data-testid=lookup-result]"))).isEmpty();
    }

    @Test
    void theCitizenReadsThePublishedAnswerAndRatesIt() {
        var steps = new CaseSteps(api());
        String number = houseNumber();
        var c = steps.waterReport(number);
        steps.publish(c.caseId(), "Đã thay đoạn ống " + number + ", cấp nước lại bình thường.");
        openPortal();

        browser.type("code", c.code());
        browser.type("secret", CaseSteps.PHONE.substring(CaseSteps.PHONE.length() - 4));
        browser.click(By.cssSelector("#lookup-h ~ form button[type=submit]"));
        browser.waitForText(By.cssSelector("[data-testid=answer]"), "Đã thay đoạn ống " + number);
        browser.click(By.cssSelector("label[for=score-4]"));
        browser.type("rating-comment", "Xử lý nhanh");
        browser.screenshot("portal-06-answer-and-rating");
        browser.click(By.cssSelector("[data-testid=rating-form] button[type=submit]"));
        browser.waitForText(By.cssSelector("[data-testid=lookup-result]"), "4/5");

        assertThat(ItDatabase.value("SELECT CAST(score AS VARCHAR) FROM rating r JOIN pakn_case c ON c.id = r.case_id "
                + "WHERE c.tracking_code = ?", c.code())).contains("4");
    }

    @Test
    void publishedAnswersAreSearchableWithTheMatchesHighlighted() {
        var steps = new CaseSteps(api());
        String number = houseNumber();
        var c = steps.waterReport(number);
        steps.publish(c.caseId(), "Công ty cấp nước đã nối lại đường ống " + number + " trong ngày.");
        openPortal();

        browser.type("answers-q", "noi lai duong ong " + number);
        browser.click(By.cssSelector("#answers-h ~ form button[type=submit]"));
        browser.waitForText(By.cssSelector("[data-testid=answers]"), c.code());
        browser.screenshot("portal-07-published-answers");

        assertThat(browser.find(By.cssSelector("[data-testid=answers] b")).getText()).isNotBlank();
        assertThat(browser.find(By.cssSelector("[data-testid=answers]")).getText()).doesNotContain(CaseSteps.PHONE)
                .doesNotContain(CaseSteps.REPORTER);
    }

    @Test
    void thePortalSpeaksEnglishOnRequestAndKeepsDatesVietnamese() {
        openPortal();
        browser.click(By.cssSelector("[data-testid=lang]"));
        browser.waitForText(By.id("submit-h"), "Submit a report");
        browser.screenshot("portal-08-english");

        assertThat(browser.find(By.cssSelector("label[for=description]")).getText()).contains("What happened");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
    }

    @Test
    void formsAreLabelledReadableAndReachableByKeyboard() {
        openPortal();

        assertThat(Accessibility.unlabelledControls(browser)).isEmpty();
        assertThat(Accessibility.lowContrastText(browser)).isEmpty();
        assertThat(Accessibility.tabOrder(browser, 25)).contains("category", "area", "address", "description", "phone", "consent");
    }

    @Test
    void theCitizenPinsThePlaceOnTheMapAndTheDispatcherSeesThePin() {
        openPortal();
        String number = houseNumber();
        browser.type("description", "Cột đèn trước nhà số " + number + " bị nghiêng, dây điện võng sát mặt đường.");
        browser.click(By.cssSelector("[data-testid=show-map]"));
        var map = browser.waitFor(By.cssSelector("[data-testid=map].leaflet-container"));

        // A click north-east of the centre pins that spot; the map opens on the city (PAKN_MAP_CENTER, the demo's default).
        new Actions(browser.driver()).moveToElement(map, 60, -40).click().perform();
        browser.waitFor(By.cssSelector("[data-testid=map] .leaflet-marker-icon"));
        String clicked = browser.waitFor(By.cssSelector("[data-testid=location-set]")).getText();
        browser.screenshot("portal-10-map-pin");

        // Keyboard only: move the map with the arrow keys, then pin its centre.
        map.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_DOWN);
        browser.click(By.cssSelector("[data-testid=pin-centre]"));
        browser.waitUntil(() -> !browser.find(By.cssSelector("[data-testid=location-set]")).getText().equals(clicked));
        assertThat(Accessibility.unlabelledControls(browser)).isEmpty();
        assertThat(Accessibility.lowContrastText(browser)).isEmpty();
        browser.click(By.cssSelector("form button[type=submit]"));
        String code = browser.waitFor(By.cssSelector("[data-testid=tracking-code]")).getText().strip();
        Journal.awaitOpened(code);

        double lat = Double.parseDouble(ItDatabase.value("SELECT CAST(latitude AS VARCHAR) FROM report WHERE tracking_code = ?", code).orElseThrow().toString());
        double lon = Double.parseDouble(ItDatabase.value("SELECT CAST(longitude AS VARCHAR) FROM report WHERE tracking_code = ?", code).orElseThrow().toString());
        assertThat(lat).isBetween(20.75, 20.97);
        assertThat(lon).isBetween(106.55, 106.81);

        String caseId = ItDatabase.value("SELECT CAST(case_id AS VARCHAR) FROM report WHERE tracking_code = ?", code).orElseThrow().toString();
        StaffPages.signIn(browser, DemoData.DISPATCHER);
        browser.open("/staff/#/case/" + caseId);
        browser.waitFor(By.cssSelector("[data-testid=case-map] .leaflet-marker-icon"));
        browser.waitForText(By.cssSelector("[data-testid=case-map]"), String.valueOf(lat));
        browser.screenshot("staff-case-map-pin");
    }
}
