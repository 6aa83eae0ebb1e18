package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.pakn.it.support.Accessibility;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.Browser;
import vn.pakn.it.support.CaseSteps;
import vn.pakn.it.support.DemoData;
import vn.pakn.it.support.ItDatabase;

/**
 * Attachments in a real headless Chromium: the citizen picks photos (thumbnails, remove, a too-large photo told
 * before the upload) and submits; the unit answers with a PDF on the case page; the citizen finds the PDF on the
 * lookup once the answer is published.
 */
class AttachmentPagesIT extends BlackBoxBase {

    @TempDir
    Path dir;

    private Browser browser;

    @BeforeEach
    void chromium() {
        DemoData.assumeLoaded();
        browser = Browser.at(base);
    }

    @AfterEach
    void quit() {
        browser.close();
    }

    private static String houseNumber() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void theCitizenPicksPhotosSeesThumbnailsIsToldOfATooLargeOneAndSubmits() throws Exception {
        Path red = file("ổ gà.jpg", AttachmentsIT.photo("jpg", Color.RED));
        Path blue = file("vỉa hè.png", AttachmentsIT.photo("png", Color.BLUE));
        byte[] huge = new byte[11 * 1024 * 1024];
        System.arraycopy(AttachmentsIT.photo("jpg", Color.GRAY), 0, huge, 0, 100);
        Path big = file("ảnh-rất-lớn.jpg", huge);
        browser.open("/");
        browser.waitFor(By.id("description"));
        String number = houseNumber();
        browser.type("description", "Ổ gà lớn trước nhà số " + number + " đường Trần Phú, đã có người ngã xe.");

        browser.find(By.id("photo-files")).sendKeys(red + "\n" + blue + "\n" + big);
        browser.waitFor(By.cssSelector("[data-testid=photo-previews] li:nth-child(3)"));
        browser.waitForText(By.cssSelector("[data-testid=photo-problem]"), "vượt quá 10 MB");
        browser.screenshot("attachments-01-photo-picker-too-large");
        assertThat(Accessibility.unlabelledControls(browser)).isEmpty();
        assertThat(Accessibility.lowContrastText(browser)).isEmpty();

        browser.click(By.cssSelector("[data-testid=photo-previews] li:nth-child(3) button"));
        browser.waitUntilGone(By.cssSelector("[data-testid=photo-problem]"));
        assertThat(browser.findAll(By.cssSelector("[data-testid=photo-previews] li"))).hasSize(2);
        assertThat(browser.find(By.id("photo-camera")).getAttribute("capture")).isEqualTo("environment");
        assertThat(browser.find(By.id("photo-camera")).getAttribute("accept")).isEqualTo("image/*");
        browser.screenshot("attachments-02-photo-thumbnails");
        browser.click(By.cssSelector("form button[type=submit]"));

        String code = browser.waitFor(By.cssSelector("[data-testid=tracking-code]")).getText().strip();
        assertThat(ItDatabase.column("""
                SELECT a.file_name FROM attachment a JOIN report r ON r.id = a.report_id WHERE r.tracking_code = ? ORDER BY a.id""", code))
                .containsExactly("ổ gà.jpg", "vỉa hè.png");
        assertThat(ItDatabase.column("""
                SELECT a.content_type FROM attachment a JOIN report r ON r.id = a.report_id WHERE r.tracking_code = ? ORDER BY a.id""", code))
                .containsExactly("image/jpeg", "image/png");

        long caseId = new CaseSteps(api()).caseOf(code).getJsonNumber("id").longValue();
        signInAndOpen(DemoData.DISPATCHER, caseId);
        browser.waitFor(By.cssSelector("[data-testid=case-photos] li:nth-child(2) img"));
        browser.screenshot("attachments-03-staff-case-photos");
        assertThat((Boolean) browser.script("return Array.from(document.querySelectorAll('[data-testid=case-photos] img'))"
                + ".every(i => i.complete && i.naturalWidth === 64)")).as("both thumbnails loaded").isTrue();
    }

    /** Signs in through the login form on the way to the case (the form brings the browser back to /staff/). */
    private void signInAndOpen(vn.pakn.it.support.Api.Credentials who, long caseId) {
        browser.open("/staff/#/case/" + caseId);
        browser.type("u", who.username());
        browser.type("p", who.password());
        browser.find(By.id("p")).submit();
        browser.waitFor(By.cssSelector("[data-testid=me]"));
        browser.open("/staff/#/case/" + caseId);
        browser.waitFor(By.cssSelector("[data-testid=case-detail]"));
    }

    @Test
    void theUnitAnswersWithAPdfAndTheCitizenDownloadsItFromTheLookup() throws Exception {
        var steps = new CaseSteps(api());
        var c = steps.waterReport(houseNumber());
        steps.routeToWater(c.caseId());
        assertThat(api().as(DemoData.WATER_OFFICER).post("api/cases/" + c.caseId() + "/accept", null).status()).isEqualTo(200);
        Path pdf = file("Biên bản nghiệm thu.pdf", AttachmentsIT.pdf("Biên bản nghiệm thu"));

        signInAndOpen(DemoData.WATER_OFFICER, c.caseId());
        browser.click(By.cssSelector("[data-action=ANSWER]"));
        browser.type("f-text", "Đã sửa xong và nghiệm thu, biên bản kèm theo.");
        browser.find(By.id("f-files")).sendKeys(pdf.toString());
        assertThat(Accessibility.unlabelledControls(browser)).isEmpty();
        browser.screenshot("attachments-04-answer-with-file");
        browser.click(By.cssSelector("[data-form=ANSWER] button[type=submit]"));
        browser.waitForText(By.cssSelector("[data-testid=case-state]"), "Đã có kết quả xử lý");
        browser.waitForText(By.cssSelector("[data-testid=case-files]"), "Biên bản nghiệm thu.pdf");
        browser.screenshot("attachments-05-case-files");
        assertThat(api().as(DemoData.WATER_LEADER).post("api/cases/" + c.caseId() + "/approve", null).status()).isEqualTo(200);

        browser.open("/");
        browser.waitFor(By.id("code"));
        browser.type("code", c.code());
        browser.click(By.cssSelector("#lookup-h ~ form button[type=submit]"));
        browser.waitForText(By.cssSelector("[data-testid=answer-files]"), "Biên bản nghiệm thu.pdf");
        browser.screenshot("attachments-06-lookup-answer-files");

        String href = browser.find(By.cssSelector("[data-testid=answer-files] a")).getAttribute("href");
        assertThat(href).contains("/api/public/reports/" + c.code() + "/answer/attachments/");
        assertThat(Accessibility.lowContrastText(browser)).isEmpty();
    }
}
