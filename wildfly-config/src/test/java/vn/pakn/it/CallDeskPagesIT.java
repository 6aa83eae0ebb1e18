package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.pakn.it.support.Accessibility;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.Await;
import vn.pakn.it.support.Browser;
import vn.pakn.it.support.DemoData;
import vn.pakn.it.support.Deployments;
import vn.pakn.it.support.EmulatedHotline;
import vn.pakn.it.support.ItDatabase;
import vn.pakn.telephony.emulator.AmiEmulator;
import vn.pakn.telephony.emulator.ScenarioClock;
import vn.pakn.telephony.emulator.SimCall;

/**
 * The hotline operator's call desk in a real headless Chromium, with calls played on the telephony library's AMI
 * emulator in this JVM (the deployment's listener connects to it over TCP, as to Asterisk; see {@link HotlineIT}). The
 * demo operator {@code operator1} sits at extension 101, a member of the emulator's queue "hotline".
 */
@ExtendWith(ArquillianExtension.class)
class CallDeskPagesIT {

    private static final String EXTENSION = "101";
    private static final String QUEUE = "hotline";
    private static final By CALL_STATE = By.cssSelector("[data-testid=call-state]");
    private static final By BREAK_STATE = By.cssSelector("[data-testid=break-state]");

    private static AmiEmulator emulator;

    @ArquillianResource
    URL base;

    private Browser browser;

    /** Before the deployment: the emulator listens here, and the server is told where it is. */
    @Deployment(testable = false)
    static WebArchive app() {
        emulator = EmulatedHotline.start(Map.of());
        return Deployments.app();
    }

    @AfterAll
    static void stopEmulator() {
        EmulatedHotline.stop(emulator);
    }

    @BeforeEach
    void open() {
        DemoData.assumeLoaded();
        Await.value(() -> operator().get("api/calldesk/status"),
                r -> r.status() == 200 && "CONNECTED".equals(r.json().getString("connection")), Duration.ofSeconds(30));
        browser = Browser.at(base);
    }

    @AfterEach
    void close() {
        browser.close();
        // A failed break test must not leave operator1 paused for the next one.
        operator().post("api/calldesk/break", "{\"onBreak\": false}");
    }

    private Api operator() {
        return Api.at(base).as(DemoData.OPERATOR);
    }

    /** Signs in through the form; an operator lands on the call desk, its event stream open. */
    private void signIn() {
        browser.open("/staff/");
        browser.type("u", DemoData.OPERATOR.username());
        browser.type("p", DemoData.OPERATOR.password());
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.waitFor(By.cssSelector("[data-testid=calldesk]"));
        browser.waitForText(By.cssSelector("[data-testid=stream-state]"), "sẵn sàng");
    }

    private SimCall ringAndAnswer(String caller) {
        return new SimCall(emulator.pbx(), ScenarioClock.virtual(Instant.now()), caller).arrive().joinQueue(QUEUE)
                .pause(Duration.ofSeconds(6)).ringAgent(EXTENSION).pause(Duration.ofSeconds(3)).agentAnswers();
    }

    private String activeId() {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    @Test
    void theCallPopsUpAndTheReportTakenOnTheSuggestedCaseIsLinkedToTheCall() {
        String caller = mobile();
        String alley = alley();
        String earlier = submitAsOperator(caller, "Nước máy có mùi clo nồng và màu đục vàng tại hẻm " + alley);
        // The duplicate finder knows the earlier report (the index is updated after the commit) before the call.
        Await.value(() -> operator().post("api/search/similar", """
                {"description": "Nước máy có mùi và màu đục ở hẻm %s", "phone": "%s"}""".formatted(alley, caller)),
                r -> r.status() == 200 && r.body().contains(earlier), Duration.ofSeconds(20));
        signIn();

        var call = ringAndAnswer(caller);
        browser.waitForText(By.cssSelector("[data-testid=caller-number]"), caller);
        browser.waitForText(By.cssSelector("[data-testid=earlier-reports]"), earlier);
        browser.waitForText(CALL_STATE, "Đang đàm thoại");
        browser.screenshot("calldesk-01-screen-pop");
        assertThat(activeId()).as("the description has the focus when the call pops").isEqualTo("desk-description");
        assertThat(Accessibility.unlabelledControls(browser)).isEmpty();
        assertThat(Accessibility.lowContrastText(browser)).isEmpty();

        browser.find(By.id("desk-description")).sendKeys("Nước máy nhà tôi vẫn còn mùi clo và màu đục ở hẻm " + alley);
        By hint = By.cssSelector("[data-similar='" + earlier + "']");
        browser.waitFor(By.cssSelector("[data-similar='" + earlier + "'] [data-reason=SAME_CALLER]"));
        browser.screenshot("calldesk-02-duplicate-suggestion");
        browser.click(By.cssSelector("[data-similar='" + earlier + "'] [data-testid=same-as]"));
        browser.waitForText(By.cssSelector("[data-testid=same-as-chosen]"), earlier);
        assertThat(browser.findAll(hint)).isNotEmpty();

        WebElement category = browser.find(By.id("desk-category"));
        category.sendKeys("cap nuoc");
        browser.waitFor(By.cssSelector("[data-testid=desk-category-list]"));
        category.sendKeys(Keys.TAB);
        assertThat(category.getDomProperty("value")).isEqualTo("Cấp nước");
        assertThat(activeId()).isEqualTo("desk-area");
        browser.find(By.id("desk-description")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        String code = browser.waitFor(By.cssSelector("[data-testid=tracking-code]")).getText();
        browser.waitFor(By.cssSelector("[data-testid=linked-call]"));
        browser.screenshot("calldesk-03-tracking-code");
        assertThat(code).matches("\\d{10}");

        // Through the API: the call lists the report; the report carries the category and names the earlier case.
        var linked = Await.value(() -> operator().get("api/calldesk/calls/" + call.linkedId()),
                r -> r.status() == 200 && r.body().contains(code), Duration.ofSeconds(15)).json();
        assertThat(linked.getJsonArray("reportTrackingCodes").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly(code);
        assertThat(ItDatabase.value("SELECT c.code FROM report r JOIN category c ON c.id = r.category_id "
                + "WHERE r.tracking_code = ?", code)).contains(DemoData.WATER_SUPPLY_CATEGORY);
        assertThat(ItDatabase.value("SELECT likely_duplicate_of_code FROM pakn_case WHERE tracking_code = ?", code))
                .contains(earlier);

        call.pause(Duration.ofSeconds(35)).callerHangsUp();
        browser.waitForText(CALL_STATE, "Cuộc gọi đã kết thúc");
        browser.screenshot("calldesk-04-call-ended");

        // One click calls the caller back from extension 101: a callback task of its own, attempted by operator1.
        browser.click(By.cssSelector("[data-testid=call-back-caller]"));
        browser.waitFor(By.cssSelector("[data-callback='" + call.linkedId() + "']"));
        assertThat(Await.value(() -> ItDatabase.count("SELECT COUNT(*) FROM callback_task WHERE call_linkedid = ? "
                + "AND reason = 'REQUESTED' AND attempts = 1 AND last_attempt_by = ?", call.linkedId(),
                DemoData.OPERATOR.username()), n -> n == 1, Duration.ofSeconds(10))).isEqualTo(1);
    }

    @Test
    void aCallThatPopsWhileTheReportOfTheLastIsHalfTypedLeavesTheDraftWithItsOwnCall() {
        signIn();
        String first = mobile();
        String second = mobile();
        var firstCall = ringAndAnswer(first);
        browser.waitForText(By.cssSelector("[data-testid=caller-number]"), first);
        browser.find(By.id("desk-description")).sendKeys("Rác thải ùn ứ nhiều ngày ở chợ " + alley());
        firstCall.pause(Duration.ofSeconds(50)).callerHangsUp();

        var secondCall = ringAndAnswer(second);
        browser.waitForText(By.cssSelector("[data-testid=caller-number]"), second);
        browser.waitForText(By.cssSelector("[data-testid=older-call]"), first);
        browser.screenshot("calldesk-11-draft-of-the-previous-call");
        assertThat(browser.find(By.id("desk-description")).getDomProperty("value")).startsWith("Rác thải ùn ứ");
        assertThat(browser.find(By.id("desk-phone")).getDomProperty("value")).isEqualTo(first);

        browser.find(By.id("desk-description")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        String code = browser.waitFor(By.cssSelector("[data-testid=tracking-code]")).getText();
        Await.value(() -> operator().get("api/calldesk/calls/" + firstCall.linkedId()),
                r -> r.status() == 200 && r.body().contains(code), Duration.ofSeconds(15));
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM report WHERE call_linkedid = ?", secondCall.linkedId()))
                .isZero();

        browser.click(By.xpath("//button[normalize-space()='Ghi thêm phản ánh khác']"));
        assertThat(browser.waitFor(By.id("desk-phone")).getDomProperty("value")).isEqualTo(second);
        assertThat(browser.findAll(By.cssSelector("[data-testid=older-call]"))).isEmpty();
        secondCall.pause(Duration.ofSeconds(20)).callerHangsUp();
    }

    @Test
    void aMissedCallWaitsInTheCallbackListIsCalledBackAndClosed() {
        signIn();
        String caller = mobile();
        var call = new SimCall(emulator.pbx(), ScenarioClock.virtual(Instant.now()), caller).arrive().joinQueue(QUEUE)
                .pause(Duration.ofSeconds(25)).callerHangsUp();
        Await.value(() -> ItDatabase.count("SELECT COUNT(*) FROM callback_task WHERE call_linkedid = ?",
                call.linkedId()), n -> n == 1, Duration.ofSeconds(15));

        browser.click(By.cssSelector("[data-testid=callbacks-open]"));
        String row = "[data-callback='" + call.linkedId() + "']";
        browser.waitForText(By.cssSelector(row), caller);
        browser.waitForText(By.cssSelector(row), "Gọi nhỡ");
        browser.waitForText(By.cssSelector(row + " [data-testid=callback-due]"), "Hạn");
        browser.screenshot("calldesk-05-callbacks");

        browser.click(By.cssSelector(row + " [data-testid=callback-call]"));
        browser.waitForText(By.cssSelector(row + " [data-testid=callback-attempts]"), "1");
        browser.click(By.cssSelector(row + " [data-testid=callback-close]"));
        browser.type("cb-note-" + taskId(call.linkedId()), "Đã gọi lại, hướng dẫn tra cứu mã hồ sơ");
        browser.click(By.cssSelector(row + " form button[type=submit]"));
        browser.waitUntilGone(By.cssSelector(row));

        assertThat(ItDatabase.value("SELECT state || '/' || done_outcome || '/' || done_by FROM callback_task "
                + "WHERE call_linkedid = ?", call.linkedId())).contains("DONE/REACHED/" + DemoData.OPERATOR.username());
        browser.click(By.cssSelector("[data-testid=callbacks-done]"));
        browser.waitForText(By.cssSelector(row), "Đã liên lạc được");
    }

    @Test
    void aBreakPausesTheOperatorInTheQueueUntilTheyAreBack() {
        List<String> pauses = new CopyOnWriteArrayList<>();
        emulator.pbx().onEvent(wire -> {
            if (wire.contains("Event: QueueMemberPause") && wire.contains("Interface: PJSIP/" + EXTENSION)) {
                pauses.add(wire);
            }
        });
        signIn();
        browser.waitForText(BREAK_STATE, "Đang nhận cuộc gọi");

        browser.type("desk-break-reason", "Ăn trưa");
        browser.click(By.cssSelector("[data-testid=break-toggle]"));
        browser.waitForText(BREAK_STATE, "Đang nghỉ từ");
        long onBreak = System.nanoTime();
        browser.screenshot("calldesk-06-on-break");
        Await.value(() -> pauses.stream().anyMatch(w -> w.contains("Paused: 1")), ok -> ok, Duration.ofSeconds(5));
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM operator_break WHERE username = ? AND ended_at IS NULL "
                + "AND extension = ? AND reason = ?", DemoData.OPERATOR.username(), EXTENSION, "Ăn trưa")).isEqualTo(1);

        browser.open("/staff/#/calldesk");
        browser.waitForText(BREAK_STATE, "Đang nghỉ từ");
        // At least a whole second on break, so that the figures below have something to count.
        sleep(Duration.ofMillis(1_500).minusNanos(System.nanoTime() - onBreak));
        browser.click(By.cssSelector("[data-testid=break-toggle]"));
        browser.waitForText(BREAK_STATE, "Đang nhận cuộc gọi");
        Await.value(() -> pauses.stream().anyMatch(w -> w.contains("Paused: 0")), ok -> ok, Duration.ofSeconds(5));
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM operator_break WHERE username = ? AND ended_at IS NULL",
                DemoData.OPERATOR.username())).isZero();

        // The leaders' hotline figures by operator show the time on break.
        var report = Api.at(base).as(DemoData.LEADER).get("api/statistics/hotline?groupBy=operator");
        assertThat(report.status()).as("%s", report).isEqualTo(200);
        JsonObject row = report.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("key").equals(EXTENSION)).findFirst().orElseThrow();
        assertThat(row.getString("label")).isEqualTo(DemoData.OPERATOR.username());
        assertThat(row.getJsonNumber("breakSeconds").longValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aReportWithoutDescriptionGetsTheServersMessageInTheFormInEitherLanguage() {
        signIn();
        browser.click(By.cssSelector("[data-testid=intake-submit]"));
        browser.waitForText(By.cssSelector("[data-testid=intake-errors]"), "Cần nhập nội dung phản ánh");
        browser.screenshot("calldesk-07-missing-description");
        assertThat(activeId()).isEqualTo("desk-description");

        browser.click(By.xpath("//header//button[normalize-space()='English']"));
        browser.waitForText(By.cssSelector("[data-testid=intake]"), "Take a report by phone");
        browser.click(By.cssSelector("[data-testid=intake-submit]"));
        browser.waitForText(By.cssSelector("[data-testid=intake-errors]"), "The description is required");
        browser.screenshot("calldesk-08-english");
    }

    @Test
    void anExpiredSessionIsAnnouncedAndNoReportIsStored() {
        signIn();
        String marker = "Cây đổ chắn ngang đường " + UUID.randomUUID();
        browser.driver().manage().deleteAllCookies();
        browser.find(By.id("desk-description")).sendKeys(marker, Keys.chord(Keys.CONTROL, Keys.ENTER));

        browser.waitFor(By.cssSelector("[data-testid=session-expired]"));
        browser.screenshot("calldesk-09-session-expired");
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM report WHERE description = ?", marker)).isZero();
    }

    @Test
    void theCallDeskIsLabelledReadableAndWalkedByKeyboardInSpeakingOrder() {
        signIn();
        browser.waitFor(By.cssSelector("[data-testid=intake-form]"));
        browser.screenshot("calldesk-10-waiting");

        assertThat(Accessibility.unlabelledControls(browser)).isEmpty();
        assertThat(Accessibility.lowContrastText(browser)).isEmpty();
        assertThat(Accessibility.tabOrder(browser, 80)).containsSubsequence("desk-break-reason", "desk-description",
                "desk-category", "desk-area", "desk-address", "desk-title", "desk-name", "desk-phone", "desk-email",
                "desk-consent");
    }

    private static void sleep(Duration d) {
        if (d.isNegative()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private long taskId(String linkedId) {
        return ItDatabase.value("SELECT id FROM callback_task WHERE call_linkedid = ?", linkedId)
                .map(v -> ((Number) v).longValue()).orElseThrow();
    }

    private String submitAsOperator(String phone, String text) {
        var reply = operator().withHeader("Idempotency-Key", "it-" + UUID.randomUUID()).post("api/reports", """
                {"description": "%s", "categoryCode": "%s", "areaCode": "%s", "address": "Hẻm 12 Lê Lợi",
                 "reporter": {"name": "Trần Thị Mai", "phone": "%s"}}"""
                .formatted(text, DemoData.WATER_SUPPLY_CATEGORY, DemoData.HAI_LONG_WARD, phone));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().getString("trackingCode");
    }

    /** A Vietnamese mobile number nobody else in the test database has. */
    private static String mobile() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** An alley number, so this test's words are its own among the reports other tests leave. */
    private static String alley() {
        return ThreadLocalRandom.current().nextInt(100, 999) + "/" + ThreadLocalRandom.current().nextInt(10, 99);
    }
}
