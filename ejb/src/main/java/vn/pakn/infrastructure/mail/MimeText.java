package vn.pakn.infrastructure.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text out of e-mail bytes as real mailers write them, not as the RFCs wish: body charsets that are missing,
 * wrong ("us-ascii" over UTF-8 bytes) or unknown to Java, Vietnamese legacy windows-1258 (which writes tones
 * as combining marks, so the text is normalised to NFC afterwards), and RFC 2047 encoded words in headers,
 * including words split in the middle of a UTF-8 character and words not separated by spaces.
 */
public final class MimeText {

    private static final Map<String, String> ALIASES = Map.of(
            "cp1258", "windows-1258", "x-cp1258", "windows-1258", "utf8", "UTF-8", "unicode-1-1-utf-8", "UTF-8",
            "ks_c_5601-1987", "x-windows-949", "gb2312", "GBK", "ascii", "US-ASCII", "latin1", "ISO-8859-1");
    // After ALIASES: charsetOrNull reads it.
    private static final Charset WINDOWS_1258 = charsetOrNull("windows-1258");
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");

    private MimeText() {
    }

    /** The charset a name stands for, or null if Java does not know it. Quotes and RFC 2231 language tags are ignored. */
    public static Charset charsetOrNull(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().replace("\"", "").replace("'", "");
        int star = n.indexOf('*');
        if (star > 0) {
            n = n.substring(0, star);
        }
        n = ALIASES.getOrDefault(n.toLowerCase(Locale.ROOT), n);
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Decodes a body. Bytes that are valid UTF-8 with non-ASCII characters are read as UTF-8 when the label is
     * missing, ASCII or Latin-1 (the usual mislabelling); a UTF-8 label over invalid bytes, or an unknown label,
     * falls back to windows-1258, the legacy Vietnamese code page.
     */
    public static String decode(byte[] bytes, String declaredCharset) {
        Charset declared = charsetOrNull(declaredCharset);
        boolean utf8 = isStrictUtf8(bytes);
        if (declared == null || declared.equals(StandardCharsets.US_ASCII) || declared.equals(StandardCharsets.ISO_8859_1)) {
            if (utf8) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            if (declared == null && WINDOWS_1258 != null) {
                return new String(bytes, WINDOWS_1258);
            }
            return new String(bytes, declared == null ? StandardCharsets.ISO_8859_1 : declared);
        }
        if (declared.equals(StandardCharsets.UTF_8) && !utf8 && WINDOWS_1258 != null) {
            return new String(bytes, WINDOWS_1258);
        }
        return new String(bytes, declared);
    }

    static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * A header value with its RFC 2047 encoded words decoded. Adjacent words (only whitespace between them)
     * in the same charset are joined at the byte level before decoding, so a character split across two
     * words survives; raw 8-bit text that was read as Latin-1 but is UTF-8 is repaired.
     */
    public static String decodeHeader(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.replaceAll("\\r?\\n[ \\t]+", " ").replace("\r", "").replace("\n", "");
        value = repairLatin1(value);
        Matcher m = ENCODED_WORD.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        int last = 0;
        String pendingCharset = null;
        java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
        while (m.find()) {
            String between = value.substring(last, m.start());
            boolean adjacent = pendingCharset != null && between.isBlank();
            String charset = m.group(1);
            if (!adjacent || !charset.equalsIgnoreCase(pendingCharset)) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                if (!adjacent) {
                    out.append(between);
                }
            }
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(m.group(3)) : quoted(m.group(3));
            pending.writeBytes(bytes);
            pendingCharset = charset;
            last = m.end();
        }
        flush(out, pending, pendingCharset);
        out.append(value.substring(last));
        return out.toString().strip();
    }

    private static void flush(StringBuilder out, java.io.ByteArrayOutputStream pending, String charset) {
        if (charset != null && pending.size() > 0) {
            out.append(decode(pending.toByteArray(), charset));
        }
        pending.reset();
    }

    private static byte[] base64(String s) {
        try {
            return Base64.getMimeDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            return s.getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static byte[] quoted(String s) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                b.write(' ');
            } else if (c == '=' && isHex(s, i + 1)) {
                b.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.write(c);
            }
        }
        return b.toByteArray();
    }

    private static boolean isHex(String s, int at) {
        return at + 1 < s.length() && Character.digit(s.charAt(at), 16) >= 0 && Character.digit(s.charAt(at + 1), 16) >= 0;
    }

    /** Header text whose characters are all bytes (read as Latin-1) but form UTF-8: read again as UTF-8. */
    static String repairLatin1(String s) {
        boolean high = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xFF) {
                return s;
            }
            high |= c > 0x7F;
        }
        if (!high) {
            return s;
        }
        byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        return isStrictUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : s;
    }
}
