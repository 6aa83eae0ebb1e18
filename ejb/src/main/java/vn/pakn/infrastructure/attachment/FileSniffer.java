package vn.pakn.infrastructure.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.pakn.domain.model.attachment.FileTypes;
import vn.pakn.infrastructure.mail.ContentSniffer;

/**
 * The type of a file from its bytes. The magic numbers are {@link ContentSniffer}'s; the containers are then
 * looked into, because a zip may be a Word or Excel file, an OpenDocument text, or anything else, and an OLE2
 * compound file may be a Word 97 document, an Excel 97 workbook or an MSI installer. Office files with macros
 * are named as such, so that the allow-list refuses them. Zips are read through their central directory
 * ({@link ZipFile}), nothing is expanded.
 */
public final class FileSniffer {

    public static final String MACRO_ENABLED = "application/vnd.ms-office.macroenabled";
    public static final String OLE2_OTHER = "application/x-ole-storage";
    private static final int HEAD_BYTES = 4096;
    private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] WORKBOOK_STREAM = "Workbook".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] BOOK_STREAM = "Book\0".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] MACROS_STREAM = "Macros".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] EXCEL_VBA_STREAM = "_VBA_PROJECT_CUR".getBytes(StandardCharsets.UTF_16LE);

    private FileSniffer() {
    }

    public static String sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        String basic = ContentSniffer.sniff(head);
        return switch (basic) {
            case "application/zip", "application/vnd.openxmlformats-officedocument" -> zipType(file);
            case "application/msword" -> ole2Type(file);
            case ContentSniffer.UNKNOWN -> FileTypes.UNKNOWN;
            default -> basic;
        };
    }

    private static String zipType(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() >= 0 && mimetype.getSize() < 200) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    // OpenDocument names its own type in this first entry (ODF 1.2 part 3, §3.3).
                    return new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                }
            }
            boolean word = zip.getEntry("word/document.xml") != null;
            boolean excel = zip.getEntry("xl/workbook.xml") != null;
            if (zip.getEntry("word/vbaProject.bin") != null || zip.getEntry("xl/vbaProject.bin") != null) {
                return MACRO_ENABLED;
            }
            if (word) {
                return FileTypes.DOCX;
            }
            if (excel) {
                return FileTypes.XLSX;
            }
            return "application/zip";
        } catch (ZipException damaged) {
            return FileTypes.UNKNOWN;
        }
    }

    /**
     * An OLE2 compound file names its streams in UTF-16LE in its directory sectors: Word 97–2003 keeps the text
     * in "WordDocument", Excel in "Workbook" (or "Book" before Excel 97). A "Macros" (Word) or "_VBA_PROJECT_CUR" (Excel) storage means VBA.
     */
    private static String ole2Type(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (contains(all, MACROS_STREAM) || contains(all, EXCEL_VBA_STREAM)) {
            return MACRO_ENABLED;
        }
        if (contains(all, WORD_STREAM)) {
            return FileTypes.DOC;
        }
        if (contains(all, WORKBOOK_STREAM) || contains(all, BOOK_STREAM)) {
            return FileTypes.XLS;
        }
        return OLE2_OTHER;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            if (haystack[i] != needle[0]) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
