package vn.pakn.infrastructure.mail;

import java.nio.charset.StandardCharsets;

/**
 * The type of an attachment from its first bytes, because the Content-Type header is whatever the sender's
 * program (or an attacker) wrote: an "image/jpeg" that starts with "MZ" is a Windows program. Office Open XML
 * files (docx, xlsx) are zips and are told apart by their first entry name; unknown bytes are
 * {@value #UNKNOWN}.
 */
public final class ContentSniffer {

    public static final String UNKNOWN = "application/octet-stream";

    private ContentSniffer() {
    }

    public static String sniff(byte[] head) {
        if (head == null || head.length < 2) {
            return UNKNOWN;
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
            return "image/gif";
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return "image/webp";
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WAVE")) {
            return "audio/wav";
        }
        if (ascii(head, 0, "BM") && head.length > 14) {
            return "image/bmp";
        }
        if (starts(head, 'I', 'I', 0x2A, 0x00) || starts(head, 'M', 'M', 0x00, 0x2A)) {
            return "image/tiff";
        }
        if (ascii(head, 0, "%PDF-")) {
            return "application/pdf";
        }
        if (ascii(head, 4, "ftyp")) {
            String brand = head.length >= 12 ? new String(head, 8, 4, StandardCharsets.US_ASCII) : "";
            if (brand.startsWith("hei") || brand.startsWith("mif1") || brand.startsWith("heix")) {
                return "image/heic";
            }
            if (brand.startsWith("qt")) {
                return "video/quicktime";
            }
            if (brand.startsWith("M4A")) {
                return "audio/mp4";
            }
            return "video/mp4";
        }
        if (ascii(head, 0, "ID3") || starts(head, 0xFF, 0xFB) || starts(head, 0xFF, 0xF3)) {
            return "audio/mpeg";
        }
        if (starts(head, 'P', 'K', 0x03, 0x04) || starts(head, 'P', 'K', 0x05, 0x06)) {
            String asText = new String(head, StandardCharsets.ISO_8859_1);
            if (asText.contains("[Content_Types].xml") || asText.contains("word/") || asText.contains("xl/")
                    || asText.contains("ppt/") || asText.contains("_rels/")) {
                return "application/vnd.openxmlformats-officedocument";
            }
            return "application/zip";
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "application/msword";
        }
        if (ascii(head, 0, "MZ")) {
            return "application/x-msdownload";
        }
        if (starts(head, 0x7F, 'E', 'L', 'F')) {
            return "application/x-executable";
        }
        if (ascii(head, 0, "Rar!")) {
            return "application/x-rar";
        }
        if (starts(head, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "application/x-7z-compressed";
        }
        if (looksLikeText(head)) {
            String lower = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("<html") || lower.contains("<!doctype html") || lower.contains("<script")) {
                return "text/html";
            }
            return "text/plain";
        }
        return UNKNOWN;
    }

    private static boolean looksLikeText(byte[] head) {
        int n = Math.min(head.length, 1024);
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                return false;
            }
        }
        return true;
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] head, int offset, String s) {
        if (head.length < offset + s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (head[offset + i] != (byte) s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
