package vn.pakn.telephony.call;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * Normalises caller numbers with libphonenumber. Vietnamese callers arrive as {@code 0912 345 678},
 * {@code +84912345678} or {@code 84912345678} (trunks that drop the plus); all three become
 * {@code +84912345678}. Internal extensions, "anonymous" and other non-numbers are kept as they came.
 */
public final class PhoneNumbers {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final String region;

    public PhoneNumbers(String defaultRegion) {
        this.region = Objects.requireNonNull(defaultRegion, "defaultRegion");
    }

    /** E.164 form when the number is a valid phone number, otherwise {@link Optional#empty()}. */
    public Optional<String> toE164(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[\\s.()\\-]", "");
        if (digits.length() < 8 || !digits.matches("\\+?\\d+")) {
            return Optional.empty(); // extensions such as 101, <unknown>, anonymous
        }
        Optional<String> national = parse(digits, region);
        if (national.isPresent()) {
            return national;
        }
        // country code without the plus, e.g. 84912345678 from some SIP trunks
        return digits.startsWith("+") ? Optional.empty() : parse("+" + digits, region);
    }

    /** The E.164 form if there is one, else the raw value trimmed (never null). */
    public String normalise(String raw) {
        return toE164(raw).orElse(raw == null ? "" : raw.trim());
    }

    /** Masked for logs, as the architecture asks: {@code +84912345678 → +849xx xxx 678}. */
    public static String mask(String number) {
        if (number == null || number.length() < 6) {
            return "***";
        }
        int n = number.length();
        return number.substring(0, Math.min(4, n - 3)) + "xx xxx " + number.substring(n - 3);
    }

    private Optional<String> parse(String digits, String regionCode) {
        try {
            PhoneNumber number = util.parse(digits, regionCode);
            if (util.isValidNumber(number)) {
                return Optional.of(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
            }
        } catch (NumberParseException e) {
            // not a phone number: the caller keeps the raw form
        }
        return Optional.empty();
    }
}
