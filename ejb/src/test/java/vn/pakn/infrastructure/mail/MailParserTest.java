package vn.pakn.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.mail.MailStatus;

/** The parser on real-world-shaped .eml files (src/test/resources/mail) and on hostile ones built here. */
class MailParserTest {

    private final MailParser parser = new MailParser(MailLimits.DEFAULTS, Set.of("phananh@pakn.example.vn", "pakn@pakn.example.vn"));

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = MailParserTest.class.getResourceAsStream("/mail/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static boolean isNfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    @Test
    void readsOutlookHtmlOnlyMailAsReadableText() throws Exception {
        var mail = parser.parse(fixture("outlook-html-only.eml"));

        assertThat(mail.fromAddress()).isEqualTo("an.nguyen@outlook.com");
        assertThat(mail.fromName()).isEqualTo("Nguyễn Văn An");
        assertThat(mail.subject()).isEqualTo("Đèn đường hỏng trên phố Nguyễn Trãi");
        assertThat(mail.messageId()).isEqualTo("VI1PR07MB1234A1B2C3D4E5F6@VI1PR07MB1234.eurprd07.prod.outlook.com");
        assertThat(mail.text())
                .startsWith("Kính gửi Ban tiếp công dân,")
                .contains("đã hỏng hơn một tuần, buổi tối")
                .contains("trước số 120")
                .contains("\n- Vị trí: ngã tư Nguyễn Trãi – Khuất Duy Tiến\n- Thời gian: từ ngày 15/11")
                .endsWith("Nguyễn Văn An")
                .doesNotContain("<", "MsoNormal", "alert", "Font Definitions", "spidmax");
        assertThat(mail.automaticStatus()).isEmpty();
    }

    @Test
    void prefersThePlainTextOfGmailMultipartAlternativeAndKeepsTheAttachment() throws Exception {
        var mail = parser.parse(fixture("gmail-alternative.eml"));

        assertThat(mail.subject()).isEqualTo("Vỡ ống nước ở ngõ 12 Láng Hạ");
        assertThat(mail.fromName()).isEqualTo("Trần Thị Bình");
        assertThat(mail.text()).isEqualTo("Chào anh/chị,\n\nỐng nước bị vỡ ở ngõ 12 Láng Hạ, nước chảy tràn ra đường từ sáng nay.\n"
                + "Đề nghị cơ quan chức năng xử lý sớm.\n\nCảm ơn,\nTrần Thị Bình\n0912 345 678");
        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("IMG_20261123_073012.jpg");
            assertThat(a.sniffedType()).isEqualTo("image/jpeg");
            assertThat(a.size()).isGreaterThan(2000);
        });
    }

    @Test
    void decodesWindows1258BodyAndSubjectIntoComposedVietnamese() throws Exception {
        var mail = parser.parse(fixture("windows-1258.eml"));

        assertThat(mail.subject()).isEqualTo("Rác thải tồn đọng ở chợ Hàng Bè");
        assertThat(mail.text()).contains("Rác thải tồn đọng ở chợ Hàng Bè đã ba ngày chưa được thu gom, bốc mùi hôi thối.")
                .contains("Ủy ban nhân dân phường").endsWith("Lê Văn Cường");
        assertThat(isNfc(mail.text())).isTrue();
        assertThat(isNfc(mail.subject())).isTrue();
    }

    @Test
    void joinsRfc2047EncodedWordsSplitInsideACharacter() throws Exception {
        var mail = parser.parse(fixture("rfc2047-subject.eml"));

        assertThat(mail.subject()).isEqualTo("Phản ánh về tiếng ồn công trình xây dựng ban đêm");
        assertThat(mail.fromName()).isEqualTo("Phạm Minh Đức");
        assertThat(mail.text()).isEqualTo("Công trình ở số 5 Lý Thường Kiệt đổ bê tông đến 2 giờ sáng.");
    }

    @Test
    void normalisesDecomposedMacTextToNfc() throws Exception {
        var mail = parser.parse(fixture("nfd-text.eml"));

        assertThat(mail.subject()).isEqualTo("Cây đổ sau bão");
        assertThat(isNfc(mail.subject())).isTrue();
        assertThat(mail.text()).startsWith("Cây xanh đổ chắn ngang đường Điện Biên Phủ");
        assertThat(isNfc(mail.text())).isTrue();
    }

    @Test
    void recognisesADeliveryStatusBounce() throws Exception {
        var mail = parser.parse(fixture("dsn-bounce.eml"));

        assertThat(mail.automatic()).isEqualTo(MailStatus.BOUNCE);
        assertThat(mail.automaticReason()).contains("delivery status");
    }

    @Test
    void recognisesAnOutOfOfficeReply() throws Exception {
        var mail = parser.parse(fixture("auto-reply.eml"));

        assertThat(mail.automatic()).isEqualTo(MailStatus.AUTO_REPLY);
        assertThat(mail.replyTo()).containsExactly("pakn.n152@pakn.example.vn");
    }

    @Test
    void recognisesAVietnameseOutOfOfficeSubjectWithoutHeaders() throws Exception {
        var mail = parser.parse(simple("Subject: =?utf-8?Q?Tr=E1=BA=A3_l=E1=BB=9Di_t=E1=BB=B1_=C4=91=E1=BB=99ng?=", "Tôi vắng mặt."));

        assertThat(mail.automatic()).isEqualTo(MailStatus.AUTO_REPLY);
    }

    @Test
    void treatsMailingListsAndOurOwnAddressAsLoops() throws Exception {
        var list = parser.parse(simple("Subject: Bản tin\r\nList-Id: <tin-tuc.example.vn>", "Tin tức tuần này"));
        var own = parser.parse(("From: pakn@pakn.example.vn\r\nTo: phananh@pakn.example.vn\r\nSubject: [PAKN] 123\r\n"
                + "Message-ID: <x1@pakn.example.vn>\r\n\r\nhello\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(list.automatic()).isEqualTo(MailStatus.LOOP);
        assertThat(own.automatic()).isEqualTo(MailStatus.LOOP);
    }

    @Test
    void quarantinesAZipBomb() throws Exception {
        var zip = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("anh.jpg"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 50; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        byte[] eml = multipartWith("application/zip", "hinh-anh.zip", zip.toByteArray());

        assertThatThrownBy(() -> parser.parse(eml)).isInstanceOf(BadMailException.class)
                .satisfies(e -> assertThat(((BadMailException) e).reason()).isEqualTo("zip-bomb"))
                .hasMessageContaining("expands to more than");
    }

    @Test
    void acceptsAnOrdinaryZip() throws Exception {
        var zip = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("bien-ban.txt"));
            z.write("Biên bản hiện trường, ngày 23/11.".repeat(50).getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        var mail = parser.parse(multipartWith("application/zip", "tai-lieu.zip", zip.toByteArray()));

        assertThat(mail.attachments()).singleElement().satisfies(a -> assertThat(a.sniffedType()).isEqualTo("application/zip"));
    }

    @Test
    void quarantinesAProgramDisguisedAsAPhoto() throws Exception {
        byte[] exe = ("MZ" + "\0".repeat(200) + "This program cannot be run in DOS mode.").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> parser.parse(multipartWith("image/jpeg", "anh-hien-truong.jpg", exe)))
                .isInstanceOf(BadMailException.class)
                .satisfies(e -> assertThat(((BadMailException) e).reason()).isEqualTo("attachment-type"))
                .hasMessageContaining("application/x-msdownload").hasMessageContaining("declared image/jpeg");
    }

    @Test
    void readsMailWithAnAttachmentOfAnUnacceptedButHarmlessTypeAndListsItAsNotAccepted() throws Exception {
        byte[] rar = "Rar!\u001a\u0007\u0001\u0000 archive body".getBytes(StandardCharsets.ISO_8859_1);

        var mail = parser.parse(multipartWith("application/octet-stream", "ho-so.rar", rar));

        assertThat(mail.text()).isEqualTo("Xem tệp đính kèm.");
        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.accepted()).isFalse();
            assertThat(a.content()).isNull();
            assertThat(a.refusal()).isEqualTo(MailAttachment.TYPE_REFUSED);
        });
        assertThat(mail.attachmentSummary()).contains("ho-so.rar").contains("not accepted");
    }

    @Test
    void skipsOutlooksWinmailDatWrapper() throws Exception {
        byte[] tnef = {0x78, (byte) 0x9F, 0x3E, 0x22, 0x01, 0x06, (byte) 0x90, 0x08, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01};

        var mail = parser.parse(multipartWith("application/ms-tnef", "winmail.dat", tnef));

        assertThat(mail.text()).isEqualTo("Xem tệp đính kèm.");
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void keepsTheBytesOfAnAcceptedAttachment() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 2, 3};

        var mail = parser.parse(multipartWith("image/jpeg", "ổ-gà.jpg", jpeg));

        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.accepted()).isTrue();
            assertThat(a.content()).isEqualTo(jpeg);
        });
    }

    @Test
    void readsMailWithAnOversizedAttachmentAndListsItAsTooLarge() throws Exception {
        var small = new MailParser(new MailLimits(MailLimits.DEFAULT_MAX_MESSAGE_BYTES, 1024, 20, 200, 12,
                MailLimits.DEFAULT_MAX_ZIP_EXPANDED_BYTES, 100, MailLimits.DEFAULT_ALLOWED_TYPES), Set.of());
        byte[] pdf = ("%PDF-1.7\n" + "x".repeat(5000)).getBytes(StandardCharsets.US_ASCII);

        var mail = small.parse(multipartWith("application/pdf", "bien-ban.pdf", pdf));

        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.accepted()).isFalse();
            assertThat(a.refusal()).isEqualTo(MailAttachment.TOO_LARGE);
            assertThat(a.size()).isEqualTo(pdf.length);
            assertThat(a.sniffedType()).isEqualTo("application/pdf");
        });
        assertThat(mail.attachmentSummary()).contains("too large");
    }

    @Test
    void quarantinesAScriptByItsName() {
        assertThatThrownBy(() -> parser.parse(multipartWith("text/plain", "hoa-don.js", "var x = 1;".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(BadMailException.class)
                .satisfies(e -> assertThat(((BadMailException) e).reason()).isEqualTo("attachment-type"));
    }

    @Test
    void quarantinesMailWithoutAnyContent() {
        assertThatThrownBy(() -> parser.parse(simple("Subject: ", "")))
                .isInstanceOf(BadMailException.class)
                .satisfies(e -> assertThat(((BadMailException) e).reason()).isEqualTo("empty"));
    }

    @Test
    void quarantinesBytesThatAreNotAnEmail() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = 0x00;

        assertThatThrownBy(() -> parser.parse(garbage)).isInstanceOf(BadMailException.class)
                .satisfies(e -> assertThat(((BadMailException) e).reason()).isEqualTo("malformed-mime"));
    }

    @Test
    void quarantinesMailThatOurServerFoundSpoofed() {
        byte[] spoofed = simple("Subject: Khẩn\r\nAuthentication-Results: mx.pakn.example.vn; spf=fail smtp.mailfrom=gov.vn; "
                + "dmarc=fail (p=reject) header.from=hanoi.gov.vn", "Chuyển tiền gấp");

        assertThatThrownBy(() -> parser.parse(spoofed)).isInstanceOf(BadMailException.class)
                .satisfies(e -> assertThat(((BadMailException) e).reason()).isEqualTo("spoofed"));
    }

    @Test
    void quarantinesMimeNestedTooDeep() {
        var b = new StringBuilder("From: a@example.vn\r\nSubject: x\r\nMIME-Version: 1.0\r\n");
        int depth = 40;
        for (int i = 0; i < depth; i++) {
            b.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n--b").append(i).append("\r\n");
        }
        b.append("Content-Type: text/plain\r\n\r\nhi\r\n");
        for (int i = depth - 1; i >= 0; i--) {
            b.append("--b").append(i).append("--\r\n");
        }

        assertThatThrownBy(() -> parser.parse(b.toString().getBytes(StandardCharsets.US_ASCII))).isInstanceOf(BadMailException.class)
                .satisfies(e -> assertThat(((BadMailException) e).reason()).isEqualTo("mime-depth"));
    }

    @Test
    void readsUtf8BytesMislabelledAsAscii() throws Exception {
        byte[] eml = ("From: dan@example.vn\r\nSubject: Ngập nước\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + "Đường Trường Chinh ngập sâu 40 cm.\r\n").getBytes(StandardCharsets.UTF_8);

        var mail = parser.parse(eml);

        assertThat(mail.subject()).isEqualTo("Ngập nước");
        assertThat(mail.text()).isEqualTo("Đường Trường Chinh ngập sâu 40 cm.");
    }

    private static byte[] simple(String headers, String body) {
        return ("From: Dan <dan@example.vn>\r\nTo: phananh@pakn.example.vn\r\nMessage-ID: <" + Math.abs((headers + body).hashCode())
                + "@example.vn>\r\n" + headers + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] multipartWith(String declaredType, String fileName, byte[] content) {
        String b64 = Base64.getMimeEncoder().encodeToString(content);
        return ("From: Dan <dan@example.vn>\r\nTo: phananh@pakn.example.vn\r\nSubject: Gửi kèm tài liệu\r\n"
                + "Message-ID: <att-" + fileName + "@example.vn>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"XYZ\"\r\n\r\n--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "Xem tệp đính kèm.\r\n--XYZ\r\nContent-Type: " + declaredType + "; name=\"" + fileName + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + b64 + "\r\n--XYZ--\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
