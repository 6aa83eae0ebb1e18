package vn.pakn.domain.model.attachment;

import java.util.Map;
import java.util.Optional;

/** The file types the system knows by name, with the extension a download without one is given. */
public final class FileTypes {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";
    public static final String HEIC = "image/heic";
    public static final String PDF = "application/pdf";
    public static final String DOC = "application/msword";
    public static final String XLS = "application/vnd.ms-excel";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    /** Bytes of no known type. */
    public static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry(JPEG, "jpg"), Map.entry(PNG, "png"),
            Map.entry(WEBP, "webp"), Map.entry(HEIC, "heic"), Map.entry(PDF, "pdf"), Map.entry(DOC, "doc"),
            Map.entry(XLS, "xls"), Map.entry(DOCX, "docx"), Map.entry(XLSX, "xlsx"), Map.entry(ODT, "odt"));

    private FileTypes() {
    }

    /** "jpg" for image/jpeg; empty for a type we do not name. */
    public static Optional<String> extension(String contentType) {
        return Optional.ofNullable(contentType == null ? null : EXTENSIONS.get(contentType));
    }
}
