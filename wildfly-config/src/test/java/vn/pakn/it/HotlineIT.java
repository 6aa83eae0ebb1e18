package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.Await;
import vn.pakn.it.support.DemoData;
import vn.pakn.it.support.EmulatedHotline;
import vn.pakn.it.support.Deployments;
import vn.pakn.it.support.EventStream;
import vn.pakn.it.support.ItDatabase;
import vn.pakn.it.support.Journal;
import vn.pakn.it.support.ItUsers;
import vn.pakn.telephony.emulator.AmiEmulator;
import vn.pakn.telephony.emulator.FastAgiCaller;
import vn.pakn.telephony.emulator.ReplayTranscript;
import vn.pakn.telephony.emulator.ScenarioClock;
import vn.pakn.telephony.emulator.SimCall;

/**
 * The hotline wired into the deployed server, black box: the telephony library's AMI emulator runs in this JVM and
 * the server's listener (asterisk-java inside WildFly) connects to it over TCP, as it would to Asterisk. Calls played
 * on the emulator must become call rows, screen pops over SSE at the answering operator only, and callback tasks.
 */
@ExtendWith(ArquillianExtension.class)
class HotlineIT {

    private static final String PASSWORD = "it-hotline-secret";
    private static final String EXT_A = "7101";
    private static final String EXT_B = "7102";
    private static final Api.Credentials ADMIN = new Api.Credentials("it.hotline.admin", PASSWORD);
    private static final Api.Credentials OPERATOR_A = new Api.Credentials("it.hotline.op1", PASSWORD);
    private static final Api.Credentials OPERATOR_B = new Api.Credentials("it.hotline.op2", PASSWORD);
    /** The real Asterisk 13 queue call of the telephony module's fixtures (sources: its SOURCES.md). */
    private static final Path TRANSCRIPT = Path.of("../telephony/src/test/resources/ami/queue_call_events_dedup_sorted.ami.txt");

    private static AmiEmulator emulator;
    private static int agiPort;

    @ArquillianResource
    URL base;

    /** Before the deployment: the emulator listens here, and the server is told where it is. */
    @Deployment(testable = false)
    static WebArchive app() {
        try (var free = new java.net.ServerSocket(0)) {
            agiPort = free.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for FastAGI", e);
        }
        emulator = EmulatedHotline.start(Map.of("pakn.agi.port", String.valueOf(agiPort),
                "pakn.agi.bind-address", "127.0.0.1"));
        return Deployments.app();
    }

    @AfterAll
    static void stopEmulator() {
        EmulatedHotline.stop(emulator);
    }

    @BeforeEach
    void operatorsAndConnection() {
        ItUsers.ensure(ADMIN.username(), PASSWORD, "ADMIN");
        operatorAt(OPERATOR_A, EXT_A);
        operatorAt(OPERATOR_B, EXT_B);
        Await.value(() -> api().as(OPERATOR_A).get("api/calldesk/status"),
                r -> r.status() == 200 && "CONNECTED".equals(r.json().getString("connection")), Duration.ofSeconds(30));
    }

    /** The administrator gives the operator an extension through the user admin API. */
    private void operatorAt(Api.Credentials who, String extension) {
        var admin = api().as(ADMIN);
        if (admin.get("api/admin/users/" + who.username()).status() == 404) {
            var created = admin.post("api/admin/users", """
                    {"username": "%s", "password": "%s", "fullName": "Điện thoại viên kiểm thử", "roles": ["OPERATOR"],
                     "extension": "%s"}""".formatted(who.username(), PASSWORD, extension));
            assertThat(created.status()).as("%s", created).isEqualTo(201);
        }
        var user = admin.get("api/admin/users/" + who.username());
        assertThat(user.json().getString("extension", null)).isEqualTo(extension);
    }

    @Test
    void answeredCallPopsUpAtItsOperatorOnlyAndIsStoredOnceEnded() throws Exception {
        String caller = mobile();
        String earlier = submitAsOperator(caller, "Cống thoát nước bị tắc trước nhà", 20.93010, 106.65020, null);
        String nearby = submitFromPortal(mobile(), "Ngập nước sau mưa ở đầu hẻm", 20.93050, 106.65060);
        try (var streamA = EventStream.open(base, "api/calldesk/events", OPERATOR_A);
                var streamB = EventStream.open(base, "api/calldesk/events", OPERATOR_B)) {
            assertThat(streamA.next("ready", Duration.ofSeconds(15))).as("stream A open").isNotNull();
            assertThat(streamB.next("ready", Duration.ofSeconds(15))).as("stream B open").isNotNull();

            var call = new SimCall(emulator.pbx(), ScenarioClock.virtual(Instant.now()), caller).arrive()
                    .joinQueue("hotline").pause(Duration.ofSeconds(8)).ringAgent(EXT_A).pause(Duration.ofSeconds(3));
            long answered = System.nanoTime();
            call.agentAnswers();
            var pop = streamA.next("screen-pop", Duration.ofSeconds(5));

            assertThat(pop).as("screen pop at operator A").isNotNull();
            assertThat(Duration.ofNanos(pop.receivedNanos() - answered)).isLessThan(Duration.ofSeconds(1));
            JsonObject json = pop.json();
            assertThat(pop.id()).isEqualTo(call.linkedId());
            assertThat(json.getString("linkedId")).isEqualTo(call.linkedId());
            assertThat(json.getString("callerNumber")).isEqualTo("+84" + caller.substring(1));
            assertThat(json.getString("extension")).isEqualTo(EXT_A);
            assertThat(json.getJsonArray("earlierReports").getValuesAs(JsonObject.class))
                    .anySatisfy(r -> {
                        assertThat(r.getString("trackingCode")).isEqualTo(earlier);
                        assertThat(r.getString("state")).isEqualTo("RECEIVED");
                    });
            assertThat(json.getJsonArray("nearbyOpenCases").getValuesAs(JsonObject.class))
                    .anySatisfy(c -> assertThat(c.getString("trackingCode")).isEqualTo(nearby));

            call.pause(Duration.ofSeconds(40)).callerHangsUp();
            JsonObject stored = Await.value(() -> api().as(OPERATOR_A).get("api/calldesk/calls/" + call.linkedId()),
                    r -> r.status() == 200 && "ENDED".equals(r.json().getString("phase")), Duration.ofSeconds(15)).json();
            // Ended by the call's own Hangup, i.e. asterisk-java built a HangupEvent inside WildFly and it was mapped.
            assertThat(stored.getString("outcome")).isEqualTo("ANSWERED");
            assertThat(stored.getBoolean("reconciled")).isFalse();
            assertThat(stored.getString("operatorExtension")).isEqualTo(EXT_A);
            assertThat(stored.getJsonNumber("waitMillis").longValue()).isEqualTo(11_000);
            assertThat(stored.getJsonNumber("talkMillis").longValue()).isEqualTo(40_000);
            assertThat(ItDatabase.count("SELECT COUNT(*) FROM hotline_call WHERE linkedid = ?", call.linkedId()))
                    .isEqualTo(1);
            assertThat(streamB.received()).as("operator B's stream").noneMatch(e -> e.name().equals("screen-pop"));
            assertThat(streamA.received()).filteredOn(e -> e.name().equals("screen-pop")).hasSize(1);

            String taken = submitAsOperator(caller, "Công dân gọi lại về cống thoát nước", null, null, call.linkedId());
            var linked = api().as(OPERATOR_A).get("api/calldesk/calls/" + call.linkedId()).json();
            assertThat(linked.getJsonArray("reportTrackingCodes").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString).containsExactly(taken);
        }
    }

    @Test
    void abandonedCallBecomesACallbackTaskThatTheOperatorCallsBackAndCloses() {
        String caller = mobile();
        var call = new SimCall(emulator.pbx(), ScenarioClock.virtual(Instant.now()), caller).arrive()
                .joinQueue("hotline").pause(Duration.ofSeconds(25)).callerHangsUp();
        var operator = api().as(OPERATOR_A);

        JsonObject task = Await.value(() -> operator.get("api/calldesk/callbacks?state=OPEN"),
                r -> r.status() == 200 && taskOf(r, call.linkedId()) != null, Duration.ofSeconds(15))
                .array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("callLinkedId").equals(call.linkedId())).findFirst().orElseThrow();
        assertThat(task.getString("reason")).isEqualTo("ABANDONED");
        assertThat(task.getString("citizenNumber")).isEqualTo("+84" + caller.substring(1));
        long id = task.getJsonNumber("id").longValue();

        var calling = operator.post("api/calldesk/callbacks/" + id + "/call", null);
        assertThat(calling.status()).as("%s", calling).isEqualTo(200);
        assertThat(calling.json().getInt("attempts")).isEqualTo(1);
        assertThat(calling.json().getString("lastAttemptBy")).isEqualTo(OPERATOR_A.username());
        // The Originate reached the emulator, which played the callback; the server tracked it as a CALLBACK call.
        Await.value(() -> ItDatabase.count("SELECT COUNT(*) FROM hotline_call WHERE callback_task_id = ? "
                + "AND outcome = 'CALLBACK'", String.valueOf(id)), n -> n == 1, Duration.ofSeconds(20));

        var done = operator.post("api/calldesk/callbacks/" + id + "/done",
                "{\"outcome\": \"REACHED\", \"note\": \"Đã gọi lại, hướng dẫn công dân\"}");
        assertThat(done.status()).as("%s", done).isEqualTo(200);
        assertThat(done.json().getString("state")).isEqualTo("DONE");
        assertThat(operator.post("api/calldesk/callbacks/" + id + "/done", "{\"outcome\": \"REACHED\"}").status())
                .isEqualTo(409);
        assertThat(taskOf(operator.get("api/calldesk/callbacks?state=OPEN"), call.linkedId())).isNull();
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM callback_task WHERE call_linkedid = ?", call.linkedId()))
                .isEqualTo(1);
    }

    @Test
    void realAsteriskTranscriptReplayedTwiceAfterAReconnectIsOneCall() throws Exception {
        var transcript = ReplayTranscript.load(TRANSCRIPT);
        String linkedId = "1514295827.372";
        emulator.broadcast(transcript.events());
        Await.value(() -> ItDatabase.count("SELECT COUNT(*) FROM hotline_call WHERE linkedid = ? AND phase = 'ENDED'",
                linkedId), n -> n == 1, Duration.ofSeconds(20));
        int logins = emulator.logins();

        emulator.dropConnections();
        assertThat(emulator.awaitLogins(logins + 1, Duration.ofSeconds(30))).as("listener logged in again").isTrue();
        Await.value(() -> api().as(OPERATOR_A).get("api/calldesk/status"),
                r -> "CONNECTED".equals(r.json().getString("connection")), Duration.ofSeconds(30));
        emulator.broadcast(transcript.events());
        emulator.awaitFlushed(Duration.ofSeconds(10));
        Thread.sleep(1_000);

        assertThat(ItDatabase.count("SELECT COUNT(*) FROM hotline_call WHERE linkedid = ?", linkedId)).isEqualTo(1);
        var stored = api().as(OPERATOR_A).get("api/calldesk/calls/" + linkedId).json();
        assertThat(stored.getString("outcome")).isEqualTo("ANSWERED");
        assertThat(stored.getString("queue")).isNotBlank();
    }

    @Test
    void hotlineKpisPerOperatorCountTheStoredCalls() {
        var call = new SimCall(emulator.pbx(), ScenarioClock.virtual(Instant.now()), mobile()).arrive()
                .joinQueue("hotline").pause(Duration.ofSeconds(4)).ringAgent(EXT_B).pause(Duration.ofSeconds(2))
                .agentAnswers().pause(Duration.ofSeconds(60)).callerHangsUp();
        Await.value(() -> ItDatabase.count("SELECT COUNT(*) FROM hotline_call WHERE linkedid = ? AND phase = 'ENDED'",
                call.linkedId()), n -> n == 1, Duration.ofSeconds(15));

        var report = api().as(DemoData.LEADER).get("api/statistics/hotline?groupBy=operator");

        assertThat(report.status()).as("%s", report).isEqualTo(200);
        JsonObject row = report.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("key").equals(EXT_B)).findFirst().orElseThrow();
        assertThat(row.getString("label")).isEqualTo(OPERATOR_B.username());
        assertThat(row.getJsonObject("figures").getJsonNumber("answered").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(report.json().getJsonObject("total").getJsonNumber("offered").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(api().as(OPERATOR_A).get("api/statistics/hotline").status()).isEqualTo(403);
    }

    @Test
    void ivrReadsOutTheStateOfACaseKeyedOnThePhone() throws Exception {
        String code = submitAsOperator(mobile(), "Đèn đường hỏng cả tuần", null, null, null);

        var r = FastAgiCaller.call("127.0.0.1", agiPort, FastAgiCaller.Spec.of("status", code), Duration.ofSeconds(20));

        assertThat(r.variables()).containsEntry("PAKN_IVR_RESULT", "FOUND");
        assertThat(r.commandsStartingWith("SAY DIGITS")).singleElement().asString().contains(code);
        assertThat(r.commandsStartingWith("STREAM FILE")).anyMatch(c -> c.contains("pakn/state-received"));
        assertThat(r.commandsStartingWith("SAY DATE")).hasSize(1);
    }

    @Test
    void surveyScoreIsStoredAgainstTheCall() throws Exception {
        var call = new SimCall(emulator.pbx(), ScenarioClock.virtual(Instant.now()), mobile()).arrive()
                .joinQueue("hotline").ringAgent(EXT_B).agentAnswers().pause(Duration.ofSeconds(30)).callerHangsUp();

        var r = FastAgiCaller.call("127.0.0.1", agiPort, FastAgiCaller.Spec.of("survey", "4")
                .withQuery("linkedid=" + call.linkedId()), Duration.ofSeconds(20));

        assertThat(r.variables()).containsEntry("PAKN_SURVEY", "4");
        var stored = Await.value(() -> api().as(OPERATOR_A).get("api/calldesk/calls/" + call.linkedId()),
                x -> x.status() == 200 && "ENDED".equals(x.json().getString("phase")), Duration.ofSeconds(15)).json();
        assertThat(stored.getInt("surveyScore")).isEqualTo(4);
        assertThat(stored.getString("outcome")).isEqualTo("ANSWERED");
    }

    @Test
    void outOfHoursMessageBecomesAHotlineReportWithItsRecordingAndOneCallbackTask() throws Exception {
        String caller = mobile();
        String linkedId = "1795000000." + ThreadLocalRandom.current().nextInt(1_000_000);
        var spec = new FastAgiCaller.Spec("voicemail", null, linkedId, caller, List.of(), -1,
                Map.of("${CHANNEL(linkedid)}", linkedId));

        var first = FastAgiCaller.call("127.0.0.1", agiPort, spec, Duration.ofSeconds(20));
        var again = FastAgiCaller.call("127.0.0.1", agiPort, spec, Duration.ofSeconds(20));

        String recording = first.variables().get("PAKN_VOICEMAIL");
        assertThat(recording).endsWith(linkedId + ".wav");
        String said = first.commandsStartingWith("SAY DIGITS").get(0);
        assertThat(again.commandsStartingWith("SAY DIGITS")).containsExactly(said);
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM report WHERE call_linkedid = ? AND channel = 'HOTLINE' "
                + "AND description LIKE ?", linkedId, "%" + recording + "%")).isEqualTo(1);
        var task = taskOf(api().as(OPERATOR_A).get("api/calldesk/callbacks?state=OPEN&limit=500"), linkedId);
        assertThat(task).isNotNull();
        assertThat(task.getString("reason")).isEqualTo("VOICEMAIL");
        assertThat(said).contains(task.getString("reportTrackingCode"));
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM callback_task WHERE call_linkedid = ?", linkedId)).isEqualTo(1);
    }

    private Api api() {
        return Api.at(base);
    }

    private static JsonObject taskOf(Api.Reply reply, String linkedId) {
        return reply.array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("callLinkedId").equals(linkedId)).findFirst().orElse(null);
    }

    private String submitAsOperator(String phone, String text, Double lat, Double lon, String linkedId) {
        var reply = api().as(OPERATOR_A).withHeader("Idempotency-Key", "it-" + UUID.randomUUID()).post("api/reports", """
                {"title": "%s", "description": "%s (%s)", "areaCode": "%s", "address": "Hẻm 5 Lê Lợi",
                 "latitude": %s, "longitude": %s, "reporter": {"name": "Lê Văn Tám", "phone": "%s"},
                 "callLinkedId": %s}""".formatted(text, text, UUID.randomUUID(), DemoData.HAI_LONG_WARD, lat, lon, phone,
                linkedId == null ? "null" : "\"" + linkedId + "\""));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json().getString("trackingCode");
    }

    private String submitFromPortal(String phone, String text, double lat, double lon) {
        var reply = api().withHeader("Idempotency-Key", "it-" + UUID.randomUUID()).post("api/public/reports", """
                {"title": "%s", "description": "%s (%s)", "areaCode": "%s", "latitude": %s, "longitude": %s,
                 "reporter": {"name": "Phạm Thị Hoa", "phone": "%s"}}"""
                .formatted(text, text, UUID.randomUUID(), DemoData.HAI_LONG_WARD, lat, lon, phone));
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        String code = reply.json().getString("trackingCode");
        Journal.awaitOpened(code);
        return code;
    }

    /** A Vietnamese mobile number nobody else in the test database has. */
    /** A Vinaphone number (091…): every 091 number is valid for libphonenumber, unlike some 099x ranges. */
    private static String mobile() {
        return "091" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }
}
