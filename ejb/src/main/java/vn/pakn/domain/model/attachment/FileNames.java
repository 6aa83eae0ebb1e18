package vn.pakn.domain.model.attachment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes the file name a sender gave safe to store and to send back in Content-Disposition: only the last path
 * segment (browsers on Windows sent "C:\fakepath\..." for years), no control or bidirectional-override
 * characters (the "photo‮gpj.exe" trick), none of the characters Windows refuses, not a Windows device name,
 * NFC, at most {@value #MAX_LENGTH} characters with the extension kept. Vietnamese letters stay as they are.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5",
            "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final String FALLBACK = "tep-dinh-kem";

    private FileNames() {
    }

    /**
     * @param given       the name as sent, may be null or blank
     * @param contentType the sniffed type; gives the extension of a name that has none
     */
    public static String safe(String given, String contentType) {
        String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = UNSAFE.matcher(name).replaceAll("");
        name = RESERVED.matcher(name).replaceAll("_");
        name = SPACES.matcher(name).replaceAll(" ").strip();
        name = stripDots(name);
        if (name.isEmpty()) {
            name = FALLBACK;
        }
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (DEVICES.contains(base.toLowerCase(Locale.ROOT))) {
            name = "_" + name;
        }
        if (extensionOf(name).isEmpty()) {
            String bare = name;
            name = FileTypes.extension(contentType).map(ext -> bare + "." + ext).orElse(name);
        }
        return shorten(name);
    }

    /** The extension after the last dot, lower case, or "" when there is none. */
    public static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "";
        }
        String ext = name.substring(dot + 1);
        return ext.length() > 10 || ext.contains(" ") ? "" : ext.toLowerCase(Locale.ROOT);
    }

    private static String stripDots(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String ext = extensionOf(name);
        String tail = ext.isEmpty() ? "" : "." + ext;
        int keep = MAX_LENGTH - tail.length();
        return name.substring(0, name.offsetByCodePoints(0, keep)) + tail;
    }
}
