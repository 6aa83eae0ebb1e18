package vn.pakn.infrastructure.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.pakn.domain.model.attachment.FileTypes;

/** Types from bytes, whatever the name or the claimed type say; office containers looked into. */
class FileSnifferTest {

    private static String sniff(byte[] bytes) throws IOException {
        try (var staged = StagedFile.stage(new ByteArrayInputStream(bytes), "x", "image/jpeg", 1_000_000)) {
            return staged.contentType();
        }
    }

    private static byte[] zip(String... entries) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                var e = new ZipEntry(entries[i]);
                byte[] data = entries[i + 1].getBytes(StandardCharsets.US_ASCII);
                if (entries[i].equals("mimetype")) {
                    // ODF stores its type first and uncompressed (ODF 1.2 part 3, §3.3).
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    var crc = new CRC32();
                    crc.update(data);
                    e.setCrc(crc.getValue());
                }
                z.putNextEntry(e);
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void readsPhotoAndPdfMagicNumbers() throws IOException {
        assertThat(sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0, 'E', 'x', 'i', 'f'})).isEqualTo(FileTypes.JPEG);
        assertThat(sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0})).isEqualTo(FileTypes.PNG);
        assertThat(sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileTypes.WEBP);
        assertThat(sniff("\0\0\0\u0018ftypheic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileTypes.HEIC);
        assertThat(sniff("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(FileTypes.PDF);
    }

    @Test
    void tellsWordFromExcelFromOpenDocumentInsideZips() throws IOException {
        assertThat(sniff(zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"))).isEqualTo(FileTypes.DOCX);
        assertThat(sniff(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"))).isEqualTo(FileTypes.XLSX);
        assertThat(sniff(zip("mimetype", FileTypes.ODT, "content.xml", "<office:document-content/>"))).isEqualTo(FileTypes.ODT);
        assertThat(sniff(zip("readme.txt", "hello"))).isEqualTo("application/zip");
    }

    @Test
    void namesMacroEnabledOfficeFilesSoTheyAreRefused() throws IOException {
        assertThat(sniff(zip("word/document.xml", "<w:document/>", "word/vbaProject.bin", "VBA")))
                .isEqualTo(FileSniffer.MACRO_ENABLED);
    }

    @Test
    void tellsWord97FromExcel97ByTheirStreamNames() throws IOException {
        byte[] header = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(sniff(concat(header, new byte[500], "WordDocument".getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(FileTypes.DOC);
        assertThat(sniff(concat(header, new byte[500], "Workbook".getBytes(StandardCharsets.UTF_16LE)))).isEqualTo(FileTypes.XLS);
        assertThat(sniff(concat(header, new byte[500], "\u0005SummaryInformation".getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(FileSniffer.OLE2_OTHER);
    }

    @Test
    void doesNotTrustTheClaimedTypeOfAProgramOrAPage() throws IOException {
        assertThat(sniff(("MZ" + "\0".repeat(100)).getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("application/x-msdownload");
        assertThat(sniff("<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))).isEqualTo("text/html");
    }

    @Test
    void stagingCountsSizeAndHashAndStopsPastTheLimit() throws Exception {
        byte[] bytes = "%PDF-1.4 hello".getBytes(StandardCharsets.US_ASCII);
        try (var staged = StagedFile.stage(new ByteArrayInputStream(bytes), "a.pdf", "application/pdf", 100)) {
            assertThat(staged.size()).isEqualTo(bytes.length);
            assertThat(staged.truncated()).isFalse();
            assertThat(staged.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            try (var in = staged.open()) {
                assertThat(in.readAllBytes()).isEqualTo(bytes);
            }
        }
        try (var staged = StagedFile.stage(new ByteArrayInputStream(new byte[5000]), "big.bin", null, 1000)) {
            assertThat(staged.truncated()).isTrue();
            assertThat(staged.size()).isEqualTo(1001);
            assertThat(staged.facts().sha256()).isNull();
        }
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
