package vn.pakn.it.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.pakn.it.support.Api;
import vn.pakn.it.support.Deployments;
import vn.pakn.it.support.ItDatabase;
import vn.pakn.it.support.ItUsers;
import vn.pakn.it.support.MailServers;

/**
 * The e-mail channel against real mail servers: GreenMail's IMAP mailbox and SMTP relay in this JVM
 * ({@link MailServers}), the real WAR in the managed WildFly on the real PostgreSQL. Mail goes in through IMAP
 * exactly as a citizen's mail would; what comes out is read from the SMTP server and the database.
 *
 * <p>The app is deployed by the tests (not by Arquillian) because one scenario stops it in the middle of a
 * batch and starts it again; Arquillian undeploys it after the class. One instance for the class, so that
 * it knows whether the app is deployed.
 */
@ExtendWith(ArquillianExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailChannelIT {

    private static final String APP = "mail-app";
    private static final Duration WAIT = Duration.ofSeconds(120);

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive app() {
        return Deployments.app();
    }

    @ArquillianResource
    private Deployer deployer;

    private boolean deployed;
    private final Session session = Session.getInstance(new Properties());

    @BeforeEach
    void deployed() {
        if (!deployed) {
            deployer.deploy(APP);
            deployed = true;
        }
    }

    @Test
    void mailBecomesAReportTheCitizenGetsTheCodeAndAReplyToTheAcknowledgementLandsOnTheCase() throws Exception {
        String citizen = "mai." + shortId() + "@example.vn";
        String messageId = "it-ack-" + UUID.randomUUID() + "@example.vn";
        deliver(citizenMail(citizen, messageId, "=?UTF-8?Q?C=E1=BB=91ng_tho=C3=A1t_n=C6=B0=E1=BB=9Bc_b=E1=BB=8B_t=E1=BA=AFc?=",
                "Cống thoát nước ở ngõ 5 phố Huế bị tắc, nước bẩn tràn lên vỉa hè.", null));

        awaitStatus(messageId, "REPORT");
        String code = (String) ItDatabase.value("""
                SELECT r.tracking_code FROM report r JOIN mail_item m ON m.report_id = r.id WHERE m.message_id = ?""", messageId)
                .orElseThrow();
        assertThat(ItDatabase.value("SELECT r.channel FROM report r WHERE r.tracking_code = ?", code)).contains("EMAIL");
        assertThat(ItDatabase.value("SELECT r.reporter_email FROM report r WHERE r.tracking_code = ?", code)).contains(citizen);
        assertThat((String) ItDatabase.value("SELECT r.title FROM report r WHERE r.tracking_code = ?", code).orElseThrow())
                .isEqualTo("Cống thoát nước bị tắc");
        // The batch is moved once all its messages are stored and processed, so the move may follow the commit.
        await(Duration.ofSeconds(60), () -> inFolder("PAKN-processed", messageId) == 1, "the message moved to PAKN-processed");
        await(Duration.ofSeconds(30), () -> inFolder("INBOX", messageId) == 0, "the message left the inbox");

        MimeMessage ack = awaitMailTo(citizen, 1).get(0);
        String grouped = code.substring(0, 3) + " " + code.substring(3, 6) + " " + code.substring(6, 9) + " " + code.substring(9);
        assertThat(ack.getSubject()).contains(grouped);
        assertThat(text(ack)).contains(grouped).contains("Cống thoát nước bị tắc");
        assertThat(ack.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(ack.getHeader("In-Reply-To", null)).isEqualTo("<" + messageId + ">");
        String ackId = ack.getMessageID().replaceAll("[<>]", "");
        assertThat(ItDatabase.value("SELECT direction FROM mail_thread WHERE message_id = ?", ackId)).contains("OUT");

        String replyId = "it-reply-" + UUID.randomUUID() + "@example.vn";
        deliver(citizenMail(citizen, replyId, "Re: " + ack.getHeader("Subject", null),
                "Tôi gửi thêm: chỗ tắc ở ngay trước số nhà 5B.\n\nOn Mon, 23 Nov 2026 PAKN <pakn@localhost> wrote:\n> Đã tiếp nhận",
                "<" + ackId + ">"));

        awaitStatus(replyId, "FOLLOW_UP");
        Object caseId = ItDatabase.value("SELECT case_id FROM report WHERE tracking_code = ?", code).orElseThrow();
        assertThat(ItDatabase.value("SELECT case_id FROM mail_item WHERE message_id = ?", replyId)).contains(caseId);
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM report WHERE case_id = ?", caseId)).isEqualTo(1);
        assertThat((String) ItDatabase.value("SELECT note FROM case_event WHERE case_id = ? AND action = 'FOLLOW_UP'", caseId).orElseThrow())
                .contains("chỗ tắc ở ngay trước số nhà 5B").doesNotContain("> Đã tiếp nhận");
    }

    @Test
    void aMessageNamingTheTrackingCodeIsAFollowUpOfThatCase() throws Exception {
        String citizen = "khoa." + shortId() + "@example.vn";
        String first = "it-code-" + UUID.randomUUID() + "@example.vn";
        deliver(citizenMail(citizen, first, "Cây đổ chắn đường", "Cây xanh đổ chắn ngang đường Lê Duẩn sau mưa lớn.", null));
        awaitStatus(first, "REPORT");
        String code = (String) ItDatabase.value("""
                SELECT r.tracking_code FROM report r JOIN mail_item m ON m.report_id = r.id WHERE m.message_id = ?""", first).orElseThrow();

        String second = "it-code-" + UUID.randomUUID() + "@example.vn";
        deliver(citizenMail("nguoi.khac." + shortId() + "@example.vn", second, "Bổ sung",
                "Về phản ánh mã số " + code + ": cây đã được cắt một nửa, vẫn còn vướng.", null));

        awaitStatus(second, "FOLLOW_UP");
        assertThat(ItDatabase.value("SELECT case_id FROM mail_item WHERE message_id = ?", second))
                .isEqualTo(ItDatabase.value("SELECT case_id FROM mail_item WHERE message_id = ?", first));
    }

    @Test
    void badAndAutomaticMailIsKeptAsideWithoutBlockingTheMailbox() throws Exception {
        var admin = api().as(ItUsers.ensure("it.mail.admin", "Mail-admin-1", "ADMIN"));
        String bomb = "it-bomb-" + UUID.randomUUID() + "@example.vn";
        String autoReply = "it-oof-" + UUID.randomUUID() + "@example.vn";
        String good = "it-good-" + UUID.randomUUID() + "@example.vn";
        deliver(zipBomb(bomb));
        deliver(("From: Vu Hoa <hoa." + shortId() + "@example.vn>\r\nTo: pakn@localhost\r\nSubject: Automatic reply: [PAKN]\r\n"
                + "Message-ID: <" + autoReply + ">\r\nAuto-Submitted: auto-replied\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "I am out of the office until Monday.\r\n").getBytes(StandardCharsets.UTF_8));
        deliver(citizenMail("an." + shortId() + "@example.vn", good, "Ổ gà", "Ổ gà lớn giữa đường Giải Phóng.", null));

        awaitStatus(bomb, "QUARANTINED");
        awaitStatus(autoReply, "AUTO_REPLY");
        awaitStatus(good, "REPORT");
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM mail_item WHERE message_id = ? AND report_id IS NULL", autoReply)).isEqualTo(1);
        await(Duration.ofSeconds(60), () -> inFolder("PAKN-quarantine", bomb) == 1, "the zip bomb moved to PAKN-quarantine");
        await(Duration.ofSeconds(30), () -> inFolder("INBOX", bomb) == 0, "the zip bomb left the inbox");

        var list = admin.get("/api/admin/mail-quarantine?limit=500");
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        assertThat(list.body()).contains(bomb).contains("zip-bomb");
        assertThat(api().get("/api/admin/mail-quarantine").status()).isEqualTo(401);
    }

    @Test
    void templatesAreEditedByAdminAndPlaceholdersAreChecked() {
        var admin = api().as(ItUsers.ensure("it.mail.admin", "Mail-admin-1", "ADMIN"));
        var all = admin.get("/api/admin/mail-templates");
        assertThat(all.status()).as("%s", all).isEqualTo(200);
        assertThat(all.body()).contains("ACK_RECEIVED").contains("ANSWER_PUBLISHED");

        var typo = admin.put("/api/admin/mail-templates/ACK_RECEIVED/vi", "{\"subject\":\"[PAKN] Mã {{cdoe}}\",\"body\":\"x\"}");
        assertThat(typo.status()).as("%s", typo).isEqualTo(400);
        assertThat(typo.body()).contains("cdoe");

        var current = admin.get("/api/admin/mail-templates/ACK_RECEIVED/en").json();
        var saved = admin.put("/api/admin/mail-templates/ACK_RECEIVED/en", jakarta.json.Json.createObjectBuilder()
                .add("subject", "Report received: {{code}}").add("body", current.getString("body")).build().toString());
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(saved.json().getString("subject")).isEqualTo("Report received: {{code}}");
        assertThat(saved.json().getString("updatedBy")).isEqualTo("it.mail.admin");
    }

    @Test
    void theReaderStoppedInTheMiddleOfABatchLosesNothingAndTakesNothingTwice() throws Exception {
        String batch = "batch-" + shortId();
        int n = 200;
        deployer.undeploy(APP);
        deployed = false;
        for (int i = 0; i < n; i++) {
            deliver(citizenMail("dan" + i + "." + batch + "@example.vn", batch + "-" + i + "@example.vn", "Phản ánh số " + i,
                    "Đèn đường số " + i + " bị hỏng (" + batch + ").", null));
        }
        deployer.deploy(APP);
        deployed = true;
        await(Duration.ofSeconds(90), () -> storedOf(batch) >= 3, "the reader started on the batch");
        deployer.undeploy(APP);
        deployed = false;
        long storedWhenStopped = storedOf(batch);
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM job_lease WHERE job_name = 'mailbox-reader' AND leased_until > CURRENT_TIMESTAMP"))
                .as("the stopped reader released the mailbox lease, so the next reader takes over at once").isZero();

        deployer.deploy(APP);
        deployed = true;
        await(WAIT, () -> ItDatabase.count("SELECT COUNT(*) FROM mail_item WHERE message_id LIKE ? AND status = 'REPORT'", batch + "-%") == n,
                "every message of the batch became a report");

        assertThat(storedWhenStopped).as("stopped in the middle of the batch").isLessThan(n);
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM mail_item WHERE message_id LIKE ?", batch + "-%")).isEqualTo(n);
        assertThat(ItDatabase.count("SELECT COUNT(*) FROM report WHERE description LIKE ?", "%(" + batch + ").")).isEqualTo(n);
        assertThat(ItDatabase.count("SELECT COUNT(DISTINCT description) FROM report WHERE description LIKE ?", "%(" + batch + ").")).isEqualTo(n);
        await(Duration.ofSeconds(30), () -> inFolderLike("INBOX", batch) == 0, "the batch left the inbox");
    }

    @Test
    void whileSmtpIsDownAcknowledgementsWaitAndAreThenDeliveredOnce() throws Exception {
        String batch = "smtp-" + shortId();
        List<String> citizens = new ArrayList<>();
        MailServers.stopSmtp();
        try {
            for (int i = 0; i < 4; i++) {
                String citizen = "cu" + i + "." + batch + "@example.vn";
                citizens.add(citizen);
                deliver(citizenMail(citizen, batch + "-" + i + "@example.vn", "Nước sinh hoạt đục", "Nước máy đục ở tổ " + i + ".", null));
            }
            await(WAIT, () -> ItDatabase.count("""
                    SELECT COUNT(*) FROM notification WHERE recipient LIKE ? AND status = 'PENDING' AND attempts >= 1
                    AND last_error IS NOT NULL""", "%." + batch + "@example.vn") == citizens.size(),
                    "every acknowledgement failed at least once while SMTP was down");
        } finally {
            MailServers.startSmtp();
        }
        for (String citizen : citizens) {
            awaitMailTo(citizen, 1);
        }
        await(Duration.ofSeconds(60), () -> ItDatabase.count("SELECT COUNT(*) FROM notification WHERE recipient LIKE ? AND status = 'SENT'",
                "%." + batch + "@example.vn") == citizens.size(), "every acknowledgement marked sent");
        Thread.sleep(Duration.ofSeconds(35).toMillis());
        for (String citizen : citizens) {
            assertThat(mailTo(citizen)).as("mail received by %s after SMTP came back", citizen).hasSize(1);
        }
    }

    // ---- helpers

    private Api api() {
        try {
            return Api.at(new URL("http://127.0.0.1:" + (8080 + Integer.getInteger("pakn.it.port.offset", 100)) + "/"));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] citizenMail(String from, String messageId, String subject, String body, String inReplyTo) {
        String headers = "From: =?UTF-8?Q?Ng=C6=B0=E1=BB=9Di_d=C3=A2n?= <" + from + ">\r\nTo: pakn@localhost\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + messageId + ">\r\nDate: Mon, 23 Nov 2026 09:00:00 +0700\r\nMIME-Version: 1.0\r\n"
                + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\nReferences: " + inReplyTo + "\r\n")
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        return (headers + Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zipBomb(String messageId) throws Exception {
        var zip = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("anh.bmp"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        return ("From: X <x." + shortId() + "@example.vn>\r\nTo: pakn@localhost\r\nSubject: Hinh anh\r\nMessage-ID: <" + messageId
                + ">\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\n"
                + "Xem tep.\r\n--B\r\nContent-Type: application/zip; name=\"anh.zip\"\r\nContent-Disposition: attachment; filename=\"anh.zip\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(zip.toByteArray()) + "\r\n--B--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private void deliver(byte[] eml) throws Exception {
        var user = MailServers.imap().getUserManager().getUser(MailServers.MAILBOX_USER);
        user.deliver(new MimeMessage(session, new ByteArrayInputStream(eml)));
    }

    private static void awaitStatus(String messageId, String status) {
        await(WAIT, () -> ItDatabase.value("SELECT status FROM mail_item WHERE message_id = ?", messageId)
                .map(status::equals).orElse(false), "mail " + messageId + " " + status);
    }

    private static long storedOf(String batch) {
        return ItDatabase.count("SELECT COUNT(*) FROM mail_item WHERE message_id LIKE ?", batch + "-%");
    }

    private static List<MimeMessage> mailTo(String address) throws Exception {
        var smtp = MailServers.smtp();
        if (smtp == null) {
            return List.of();
        }
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address))) {
                found.add(m);
            }
        }
        return found;
    }

    private static List<MimeMessage> awaitMailTo(String address, int count) throws Exception {
        await(WAIT, () -> {
            try {
                return mailTo(address).size() >= count;
            } catch (Exception e) {
                return false;
            }
        }, count + " mail(s) to " + address);
        return mailTo(address);
    }

    private static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        return content instanceof String s ? s : String.valueOf(content);
    }

    private static int inFolder(String folder, String messageId) {
        return inFolderLike(folder, "<" + messageId + ">");
    }

    private static int inFolderLike(String folder, String part) {
        try (Store store = imapStore()) {
            Folder f = store.getFolder(folder);
            if (!f.exists()) {
                return 0;
            }
            f.open(Folder.READ_ONLY);
            try {
                int n = 0;
                for (var m : f.getMessages()) {
                    String[] id = m.getHeader("Message-ID");
                    if (id != null && id[0].contains(part) && !m.isSet(jakarta.mail.Flags.Flag.DELETED)) {
                        n++;
                    }
                }
                return n;
            } finally {
                f.close(false);
            }
        } catch (Exception e) {
            return -1;
        }
    }

    private static Store imapStore() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", MailServers.imapPort(), MailServers.MAILBOX_USER, MailServers.MAILBOX_PASSWORD);
        return store;
    }

    private static void await(Duration timeout, BooleanSupplier condition, String what) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError("timed out after " + timeout + " waiting for: " + what);
    }
}
