package vn.pakn.domain.model.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Phone numbers as citizens type them (0912 345 678, +84 912…, 84912…) normalised with libphonenumber to
 * E.164, hashed for the search index, and masked for logs (09xx xxx 678).
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "VN";

    private PhoneNumbers() {
    }

    /** The E.164 form, or empty when the text is not a possible phone number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            var parsed = UTIL.parse(raw.trim(), DEFAULT_REGION);
            if (!UTIL.isPossibleNumber(parsed)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(parsed, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** SHA-256 of the E.164 form: lets the duplicate finder match a caller without storing the number there. */
    public static String hash(String e164) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(e164.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** The national form with all but the last three digits hidden, for logs and unprivileged views. */
    public static String mask(String e164) {
        if (e164 == null || e164.length() < 6) {
            return "***";
        }
        String national = e164.startsWith("+84") ? "0" + e164.substring(3) : e164;
        String tail = national.substring(national.length() - 3);
        return national.substring(0, 2) + "xx xxx " + tail;
    }

    /** The last four digits, which a citizen types to prove a lookup is theirs. */
    public static String lastFour(String e164) {
        return e164.substring(Math.max(0, e164.length() - 4));
    }
}
