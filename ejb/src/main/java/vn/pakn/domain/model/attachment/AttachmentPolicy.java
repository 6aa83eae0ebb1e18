package vn.pakn.domain.model.attachment;

import java.util.Optional;
import java.util.Set;

/**
 * What is accepted: at most {@code maxBytes} per file and {@code maxFiles} per report or answer, of the types in
 * {@code allowedTypes} as read from the bytes. Photos from phones (JPEG, HEIC, PNG, WebP) and the office
 * documents units answer with (PDF, Word, Excel, OpenDocument text).
 */
public record AttachmentPolicy(long maxBytes, int maxFiles, Set<String> allowedTypes) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_FILES = 5;
    public static final Set<String> DEFAULT_ALLOWED_TYPES = Set.of(FileTypes.JPEG, FileTypes.PNG, FileTypes.WEBP,
            FileTypes.HEIC, FileTypes.PDF, FileTypes.DOC, FileTypes.DOCX, FileTypes.XLS, FileTypes.XLSX, FileTypes.ODT);
    public static final AttachmentPolicy DEFAULTS = new AttachmentPolicy(DEFAULT_MAX_BYTES, DEFAULT_MAX_FILES,
            DEFAULT_ALLOWED_TYPES);

    public AttachmentPolicy {
        if (maxBytes < 1 || maxFiles < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxFiles not negative, were " + maxBytes
                    + " and " + maxFiles);
        }
        allowedTypes = Set.copyOf(allowedTypes);
    }

    /** Why a file is refused, in Vietnamese and English, with a stable code for clients. */
    public record Refusal(String code, String messageVi, String messageEn) {
        public String both() {
            return messageVi + " / " + messageEn;
        }
    }

    /** The reason to refuse a file of this (sniffed) type and size, or empty when it is accepted. */
    public Optional<Refusal> refusal(String fileName, String contentType, long size) {
        String name = fileName == null || fileName.isBlank() ? "(không tên)" : fileName;
        if (size > maxBytes) {
            return Optional.of(new Refusal("attachment-too-large",
                    "Tệp " + name + " quá lớn (" + megabytes(size) + "; tối đa " + megabytes(maxBytes) + ").",
                    "The file " + name + " is too large (" + megabytes(size) + "; at most " + megabytes(maxBytes) + ")."));
        }
        if (size == 0) {
            return Optional.of(new Refusal("attachment-empty", "Tệp " + name + " không có nội dung.",
                    "The file " + name + " is empty."));
        }
        if (!allowedTypes.contains(contentType)) {
            return Optional.of(new Refusal("attachment-type-not-allowed",
                    "Tệp " + name + " không thuộc loại được nhận (ảnh JPEG, PNG, WebP, HEIC; tài liệu PDF, Word, Excel, ODT).",
                    "The file " + name + " is not of an accepted type (JPEG, PNG, WebP, HEIC photos; PDF, Word, Excel, ODT documents)."));
        }
        return Optional.empty();
    }

    /** The reason to refuse one more file when {@code count} are there already, or empty. */
    public Optional<Refusal> countRefusal(int count) {
        if (count < maxFiles) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("too-many-attachments", "Tối đa " + maxFiles + " tệp đính kèm.",
                "At most " + maxFiles + " attachments."));
    }

    /** "10 MB", "1.5 MB", "300 KB": for messages people read. */
    public static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb)) + " MB";
    }
}
