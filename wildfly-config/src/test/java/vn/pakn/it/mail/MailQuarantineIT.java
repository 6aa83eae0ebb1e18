package vn.pakn.it.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pakn.it.support.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.ItDatabase;
import vn.pakn.it.support.ItUsers;
import vn.pakn.it.support.QuarantinedMails;

/**
 * ADMIN's decisions on quarantined mail through the REST API of the deployed WAR, on the real PostgreSQL: a
 * release processes the stored message again (a report with its tracking code and acknowledgement, or
 * quarantine again with the new reason), a dismissal needs a reason and takes the message off the pending list;
 * each is recorded with who and when. A second decision on the same message is a 409, an unknown message a
 * 404, a bad body a problem detail, and no one but ADMIN may decide.
 */
class MailQuarantineIT extends BlackBoxBase {

    private static final String DB_DOWN = "processing-failed: PSQLException: Connection to localhost:5432 refused";

    private Api admin() {
        return api().as(ItUsers.ensure("it.quarantine.admin", "Quarantine-admin-1", "ADMIN"));
    }

    private static String newId(String what) {
        return "it-q-" + what + "-" + UUID.randomUUID() + "@example.vn";
    }

    @Test
    void aReleasedMailBecomesAReportAndTheReleaseIsRecorded() {
        String messageId = newId("release");
        String citizen = "lan." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
        long id = QuarantinedMails.citizenMail(messageId, citizen, "Den duong hong",
                "Đèn đường trước số 12 phố Hàng Bông không sáng ba đêm nay.", DB_DOWN);
        assertThat(admin().get("api/admin/mail-quarantine?limit=500").body()).contains(messageId);

        var released = admin().post("api/admin/mail-quarantine/" + id + "/release", "");
        assertThat(released.status()).as("%s", released).isEqualTo(200);
        JsonObject outcome = released.json();
        assertThat(outcome.getString("status")).isEqualTo("REPORT");
        String code = outcome.getString("trackingCode");
        assertThat(ItDatabase.value("SELECT r.tracking_code FROM report r JOIN mail_item m ON m.report_id = r.id WHERE m.id = ?", id))
                .contains(code);
        assertThat(ItDatabase.value("SELECT reporter_email FROM report WHERE tracking_code = ?", code)).contains(citizen);
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM notification WHERE recipient = ?", citizen)).isEqualTo(1);
        assertThat(admin().get("api/admin/mail-quarantine?limit=500").body()).doesNotContain(messageId);

        var audit = admin().get("api/admin/mail-quarantine/" + id + "/decisions").array();
        assertThat(audit).hasSize(1);
        JsonObject decision = audit.getJsonObject(0);
        assertThat(decision.getString("action")).isEqualTo("RELEASE");
        assertThat(decision.getString("decidedBy")).isEqualTo("it.quarantine.admin");
        assertThat(decision.getString("decidedAt")).isNotBlank();
        assertThat(decision.getString("quarantineReason")).isEqualTo(DB_DOWN);
        assertThat(decision.getString("outcome")).isEqualTo("REPORT");

        var again = admin().post("api/admin/mail-quarantine/" + id + "/release", "");
        assertThat(assertProblem(again, 409).getString("detail")).contains("không còn bị cách ly");
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM report WHERE reporter_email = ?", citizen)).isEqualTo(1);
    }

    @Test
    void aReleasedMailThatIsStillBadIsQuarantinedAgainWithTheNewReason() {
        String messageId = newId("still-bad");
        long id = QuarantinedMails.mailWithoutSender(messageId, "Ngap nuoc", "Ngập nước ở ngõ 3 sau mưa.", DB_DOWN);

        var released = admin().post("api/admin/mail-quarantine/" + id + "/release", "");
        assertThat(released.status()).as("%s", released).isEqualTo(200);
        assertThat(released.json().getString("status")).isEqualTo("QUARANTINED");
        assertThat(released.json().getString("reason")).startsWith("no-sender");
        assertThat(ItDatabase.value("SELECT reason FROM mail_item WHERE id = ?", id).map(String::valueOf).orElseThrow()).startsWith("no-sender");
        assertThat(ItDatabase.value("SELECT outcome FROM mail_quarantine_decision WHERE mail_item_id = ?", id)).contains("QUARANTINED");
        assertThat(admin().get("api/admin/mail-quarantine?limit=500").body()).contains(messageId).contains("no-sender");
    }

    @Test
    void aDismissedMailIsKeptWithTheReasonAndNoLongerPending() {
        String messageId = newId("dismiss");
        long id = QuarantinedMails.mailWithoutSender(messageId, "Quang cao", "Mua hàng giảm giá!", "no-sender: no usable From address");

        assertProblem(admin().post("api/admin/mail-quarantine/" + id + "/dismiss", "{\"reason\": \"  \"}"), 400);
        assertProblem(admin().post("api/admin/mail-quarantine/" + id + "/dismiss", "{\"reason\": \"" + "x".repeat(2001) + "\"}"), 400);
        assertProblem(admin().post("api/admin/mail-quarantine/" + id + "/dismiss", ""), 400);
        assertThat(ItDatabase.value("SELECT status FROM mail_item WHERE id = ?", id)).contains("QUARANTINED");

        var dismissed = admin().post("api/admin/mail-quarantine/" + id + "/dismiss", "{\"reason\": \"Thư quảng cáo, không phải phản ánh\"}");
        assertThat(dismissed.status()).as("%s", dismissed).isEqualTo(204);
        assertThat(ItDatabase.value("SELECT status FROM mail_item WHERE id = ?", id)).contains("DISMISSED");
        assertThat(admin().get("api/admin/mail-quarantine?limit=500").body()).doesNotContain(messageId);
        assertThat(admin().withHeader("Accept", "message/rfc822").get("api/admin/mail-quarantine/" + id + "/raw").body()).contains(messageId);
        JsonObject decision = admin().get("api/admin/mail-quarantine/" + id + "/decisions").array().getJsonObject(0);
        assertThat(decision.getString("action")).isEqualTo("DISMISS");
        assertThat(decision.getString("note")).isEqualTo("Thư quảng cáo, không phải phản ánh");
        assertThat(decision.getString("decidedBy")).isEqualTo("it.quarantine.admin");

        assertProblem(admin().post("api/admin/mail-quarantine/" + id + "/release", ""), 409);
        assertProblem(admin().post("api/admin/mail-quarantine/" + id + "/dismiss", "{\"reason\": \"lần hai\"}"), 409);
    }

    @Test
    void unknownMailIsNotFoundAndOnlyAdminDecides() {
        assertProblem(admin().post("api/admin/mail-quarantine/987654321/release", ""), 404);
        assertProblem(admin().post("api/admin/mail-quarantine/987654321/dismiss", "{\"reason\": \"không có\"}"), 404);

        long id = QuarantinedMails.mailWithoutSender(newId("refused"), "Thu", "Nội dung.", DB_DOWN);
        var dispatcher = api().as(ItUsers.ensure("it.quarantine.dispatcher", "Quarantine-disp-1", "DISPATCHER"));
        assertThat(dispatcher.post("api/admin/mail-quarantine/" + id + "/release", "").status()).isEqualTo(403);
        assertThat(dispatcher.post("api/admin/mail-quarantine/" + id + "/dismiss", "{\"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(api().post("api/admin/mail-quarantine/" + id + "/release", "").status()).isEqualTo(401);
        assertThat(ItDatabase.value("SELECT status FROM mail_item WHERE id = ?", id)).contains("QUARANTINED");
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM mail_quarantine_decision WHERE mail_item_id = ?", id)).isZero();
    }
}
