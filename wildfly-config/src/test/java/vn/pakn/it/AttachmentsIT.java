package vn.pakn.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.BlackBoxBase;
import vn.pakn.it.support.CaseSteps;
import vn.pakn.it.support.DemoData;
import vn.pakn.it.support.ItDatabase;
import vn.pakn.it.support.MailServers;
import vn.pakn.it.support.Multipart;
import vn.pakn.it.support.Problems;

/**
 * Attachments end to end on the real WildFly and PostgreSQL: a portal report with photos, a refused file that
 * refuses the whole report, unit scoping of downloads, an answer with a PDF that the citizen downloads once it is
 * published, and an e-mail whose PDF ends on the report it becomes.
 */
class AttachmentsIT extends BlackBoxBase {

    private CaseSteps steps;

    @BeforeEach
    void demo() {
        DemoData.assumeLoaded();
        steps = new CaseSteps(api());
    }

    static byte[] photo(String format, Color color) throws IOException {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        var out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String reportJson(String description) {
        return """
                {"title": "Ổ gà trên đường Lê Lợi", "description": "%s", "categoryCode": "%s", "areaCode": "%s",
                 "reporter": {"name": "Nguyễn Thị Hoa", "phone": "0912345678"}}"""
                .formatted(description, DemoData.WATER_SUPPLY_CATEGORY, DemoData.HAI_LONG_WARD);
    }

    private static String marker() {
        return "số " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<JsonObject> staffList(Api.Credentials who, long caseId) {
        var reply = api().as(who).get("api/cases/" + caseId + "/attachments");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }

    @Test
    void aPortalReportWithTwoPhotosKeepsThemByteForByteWithTheSniffedType() throws Exception {
        byte[] jpeg = photo("jpg", Color.RED);
        byte[] png = photo("png", Color.BLUE);
        String description = "Ổ gà sâu trước nhà " + marker() + " đường Lê Lợi, xe máy ngã nhiều lần.";

        var reply = new Multipart().text("report", reportJson(description))
                .file("files", "Ảnh ổ gà 1.jpg", "application/octet-stream", jpeg)
                .file("files", "chụp màn hình.png", "image/png", png)
                .post(base, "api/public/reports", null, "it-att-" + UUID.randomUUID());

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        String code = reply.json().getString("trackingCode");
        assertThat(ItDatabase.value("SELECT description FROM report WHERE tracking_code = ?", code)).contains(description);
        long caseId = steps.caseOf(code).getJsonNumber("id").longValue();
        var files = staffList(DemoData.DISPATCHER, caseId);
        assertThat(files).extracting(f -> f.getString("fileName")).containsExactly("Ảnh ổ gà 1.jpg", "chụp màn hình.png");
        assertThat(files).extracting(f -> f.getString("contentType")).containsExactly("image/jpeg", "image/png");
        assertThat(files.get(0).getString("sha256")).isEqualTo(sha256(jpeg));
        assertThat(files.get(0).getString("visibility")).isEqualTo("STAFF");

        var download = Multipart.download(base, "api/cases/" + caseId + "/attachments/" + files.get(0).getJsonNumber("id") + "/content",
                DemoData.DISPATCHER);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(jpeg);
        assertThat(download.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''%E1%BA%A2nh%20%E1%BB%95%20g%C3%A0%201.jpg");
        var second = Multipart.download(base, "api/cases/" + caseId + "/attachments/" + files.get(1).getJsonNumber("id") + "/content",
                DemoData.DISPATCHER);
        assertThat(second.body()).isEqualTo(png);
        // The photos are the staff's: the citizen's public view of the answer never lists them.
        assertThat(api().get("api/public/reports/" + code + "/answer/attachments").array()).isEmpty();
    }

    @Test
    void aFileOfAForbiddenTypeRefusesTheReportWithAProblemAndStoresNothing() throws Exception {
        String description = "Rác thải đổ trộm ở ngõ " + marker() + " phố Huế, bốc mùi.";
        byte[] page = "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);

        var reply = new Multipart().text("report", reportJson(description))
                .file("files", "rac.jpg", "image/jpeg", photo("jpg", Color.GREEN))
                .file("files", "anh-that.jpg", "image/jpeg", page)
                .post(base, "api/public/reports", null, "it-att-" + UUID.randomUUID());

        var problem = Problems.assertProblem(reply, 400);
        assertThat(problem.getString("code")).isEqualTo("attachment-type-not-allowed");
        assertThat(problem.getString("detail")).contains("anh-that.jpg");
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM report WHERE description = ?", description)).isZero();
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM attachment WHERE file_name IN ('rac.jpg', 'anh-that.jpg')")).isZero();
    }

    @Test
    void tooManyFilesAreRefusedBeforeAnythingIsStored() throws Exception {
        String description = "Cây đổ chắn đường " + marker() + " sau mưa lớn.";
        var form = new Multipart().text("report", reportJson(description));
        for (int i = 0; i < 6; i++) {
            form.file("files", "anh-" + i + ".png", "image/png", photo("png", Color.GRAY));
        }

        var problem = Problems.assertProblem(form.post(base, "api/public/reports", null, null), 400);

        assertThat(problem.getString("code")).isEqualTo("too-many-attachments");
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM report WHERE description = ?", description)).isZero();
    }

    @Test
    void anotherUnitsOfficerCannotListOrDownloadTheCasesFiles() throws Exception {
        var reply = new Multipart().text("report", reportJson("Vỡ ống nước trước nhà " + marker() + " đường Lê Lợi."))
                .file("files", "ong-nuoc.jpg", "image/jpeg", photo("jpg", Color.CYAN))
                .post(base, "api/public/reports", null, null);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        long caseId = steps.caseOf(reply.json().getString("trackingCode")).getJsonNumber("id").longValue();
        steps.routeToWater(caseId);
        long fileId = staffList(DemoData.WATER_OFFICER, caseId).get(0).getJsonNumber("id").longValue();

        Problems.assertProblemWithStatusIn(api().as(DemoData.CONSTRUCTION_OFFICER).get("api/cases/" + caseId + "/attachments"), 403, 404);
        var download = Multipart.download(base, "api/cases/" + caseId + "/attachments/" + fileId + "/content", DemoData.CONSTRUCTION_OFFICER);
        assertThat(download.statusCode()).isIn(403, 404);
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).doesNotContain("JFIF");
        assertThat(Multipart.download(base, "api/cases/" + caseId + "/attachments/" + fileId + "/content", null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theUnitsPdfIsDownloadedByTrackingCodeOnceTheAnswerIsPublished() throws Exception {
        var c = steps.waterReport(marker());
        steps.routeToWater(c.caseId());
        var officer = api().as(DemoData.WATER_OFFICER);
        assertThat(officer.post("api/cases/" + c.caseId() + "/accept", null).status()).isEqualTo(200);
        byte[] pdf = pdf("Biên bản khắc phục");

        var answered = new Multipart().text("text", "Đã khắc phục sự cố, cấp nước trở lại từ 9 giờ. Biên bản kèm theo.")
                .file("files", "Biên bản khắc phục.pdf", "application/pdf", pdf)
                .post(base, "api/cases/" + c.caseId() + "/answer", DemoData.WATER_OFFICER, null);
        assertThat(answered.status()).as("%s", answered).isEqualTo(200);
        assertThat(answered.json().getString("state")).isEqualTo("ANSWERED");
        assertThat(api().get("api/public/reports/" + c.code() + "/answer/attachments").array()).as("before publication").isEmpty();

        assertThat(api().as(DemoData.WATER_LEADER).post("api/cases/" + c.caseId() + "/approve", null).status()).isEqualTo(200);

        var published = api().get("api/public/reports/" + c.code() + "/answer/attachments");
        assertThat(published.status()).as("%s", published).isEqualTo(200);
        var file = published.array().getJsonObject(0);
        assertThat(published.array()).hasSize(1);
        assertThat(file.getString("fileName")).isEqualTo("Biên bản khắc phục.pdf");
        assertThat(file.containsKey("uploadedBy")).isFalse();
        assertThat(published.body()).doesNotContain("capnuoc.officer", CaseSteps.PHONE, CaseSteps.REPORTER);
        var download = Multipart.download(base, "api/public/reports/" + c.code() + "/answer/attachments/" + file.getJsonNumber("id"), null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"Bien ban khac phuc.pdf\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20kh%E1%BA%AFc%20ph%E1%BB%A5c.pdf");
        assertThat(Multipart.download(base, "api/public/reports/" + c.code() + "/answer/attachments/999999999", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anEmailsPdfEndsOnTheReportAndARefusedFileIsListedWithTheReason() throws Exception {
        String messageId = "it-att-" + UUID.randomUUID() + "@example.vn";
        byte[] pdf = pdf("Đơn phản ánh");
        byte[] rar = "Rar!\u001a\u0007\u0001\u0000 archive".getBytes(StandardCharsets.ISO_8859_1);
        String eml = "From: Pham Van Duc <duc." + UUID.randomUUID().toString().substring(0, 8) + "@example.vn>\r\n"
                + "To: " + MailServers.MAILBOX_ADDRESS + "\r\nSubject: =?UTF-8?Q?=C4=90=C6=A1n_ph=E1=BA=A3n_=C3=A1nh?=\r\n"
                + "Message-ID: <" + messageId + ">\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Kính gửi, tôi gửi kèm đơn phản ánh về việc mất nước ở tổ 5.\r\n"
                + "--b1\r\nContent-Type: application/pdf; name=\"=?UTF-8?B?" + Base64.getEncoder().encodeToString("Đơn phản ánh.pdf".getBytes(StandardCharsets.UTF_8)) + "?=\"\r\n"
                + "Content-Disposition: attachment; filename=\"=?UTF-8?B?" + Base64.getEncoder().encodeToString("Đơn phản ánh.pdf".getBytes(StandardCharsets.UTF_8)) + "?=\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(pdf) + "\r\n"
                + "--b1\r\nContent-Type: application/octet-stream; name=\"ho-so.rar\"\r\n"
                + "Content-Disposition: attachment; filename=\"ho-so.rar\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(rar) + "\r\n--b1--\r\n";
        var user = MailServers.imap().getUserManager().getUser(MailServers.MAILBOX_USER);
        user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml.getBytes(StandardCharsets.UTF_8))));

        long deadline = System.nanoTime() + 120_000_000_000L;
        while (ItDatabase.value("SELECT report_id FROM mail_item WHERE message_id = ? AND status = 'REPORT'", messageId).isEmpty()) {
            assertThat(System.nanoTime()).as("the mail became a report within 120 s: %s",
                    ItDatabase.value("SELECT status || ' ' || COALESCE(reason, '') FROM mail_item WHERE message_id = ?", messageId)).isLessThan(deadline);
            Thread.sleep(250);
        }
        String code = (String) ItDatabase.value("SELECT r.tracking_code FROM report r JOIN mail_item m ON m.report_id = r.id WHERE m.message_id = ?",
                messageId).orElseThrow();
        long caseId = steps.caseOf(code).getJsonNumber("id").longValue();
        var files = staffList(DemoData.DISPATCHER, caseId);

        assertThat(files).hasSize(2);
        var kept = files.stream().filter(f -> !f.containsKey("rejected")).findFirst().orElseThrow();
        assertThat(kept.getString("fileName")).isEqualTo("Đơn phản ánh.pdf");
        assertThat(kept.getString("contentType")).isEqualTo("application/pdf");
        assertThat(kept.getString("channel")).isEqualTo("EMAIL");
        var download = Multipart.download(base, "api/cases/" + caseId + "/attachments/" + kept.getJsonNumber("id") + "/content", DemoData.DISPATCHER);
        assertThat(download.body()).isEqualTo(pdf);
        var refused = files.stream().filter(f -> f.containsKey("rejected")).findFirst().orElseThrow();
        assertThat(refused.getString("fileName")).isEqualTo("ho-so.rar");
        assertThat(refused.getString("rejected")).contains("không thuộc loại được nhận").contains("not of an accepted type");
        assertThat(Multipart.download(base, "api/cases/" + caseId + "/attachments/" + refused.getJsonNumber("id") + "/content",
                DemoData.DISPATCHER).statusCode()).isEqualTo(404);
    }

    @Test
    void thePolicyIsPublishedForPagesAndApps() {
        var policy = api().get("api/public/attachment-policy");

        assertThat(policy.status()).as("%s", policy).isEqualTo(200);
        assertThat(policy.json().getJsonNumber("maxBytes").longValue()).isEqualTo(10L * 1024 * 1024);
        assertThat(policy.json().getInt("maxFiles")).isEqualTo(5);
        assertThat(policy.body()).contains("image/heic", "application/pdf");
    }
}
