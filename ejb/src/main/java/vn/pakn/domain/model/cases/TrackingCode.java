package vn.pakn.domain.model.cases;

import java.util.Objects;
import java.util.Optional;

/**
 * The code a citizen gets for a report (mã tra cứu): 10 digits, the last a Damm check digit over the
 * first 9. Digits only, so it can be typed on a phone keypad to the IVR; the Damm check catches every
 * single mistyped digit and every swap of two adjacent digits, so a typo is told apart from an
 * unknown code before the database is asked.
 *
 * <p>Equality is by the 10 digits. Create one with {@link #parse} (people's input) or
 * {@link TrackingCodeGenerator} (new codes).
 */
public final class TrackingCode {

    /** Number of digits including the check digit. */
    public static final int LENGTH = 10;

    /**
     * The Damm quasigroup of order 10 (totally anti-symmetric, zero diagonal): the interim digit
     * after a digit {@code d} is {@code TABLE[interim][d]}. Zero diagonal means a valid code runs to 0.
     */
    private static final int[][] TABLE = {
        {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
        {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
        {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
        {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
        {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
        {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
        {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
        {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
        {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
        {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
    };

    private final String digits;

    private TrackingCode(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a code as a person typed it: spaces (also non-breaking) and dashes are ignored.
     *
     * @throws InvalidTrackingCodeException {@code NOT_DIGITS} if anything else than ASCII digits is
     *     left, {@code WRONG_LENGTH} if not 10 digits, {@code WRONG_CHECK_DIGIT} if the check fails
     */
    public static TrackingCode parse(String input) {
        Objects.requireNonNull(input, "input");
        StringBuilder cleaned = new StringBuilder(LENGTH);
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '0' && c <= '9') {
                cleaned.append(c);
            } else if (!isSeparator(c)) {
                throw new InvalidTrackingCodeException(InvalidTrackingCodeException.Reason.NOT_DIGITS);
            }
        }
        if (cleaned.length() != LENGTH) {
            throw new InvalidTrackingCodeException(InvalidTrackingCodeException.Reason.WRONG_LENGTH);
        }
        if (dammInterim(cleaned) != 0) {
            throw new InvalidTrackingCodeException(InvalidTrackingCodeException.Reason.WRONG_CHECK_DIGIT);
        }
        return new TrackingCode(cleaned.toString());
    }

    /** Like {@link #parse} but empty instead of an exception, for lookups that just say "not found". */
    public static Optional<TrackingCode> tryParse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(input));
        } catch (InvalidTrackingCodeException e) {
            return Optional.empty();
        }
    }

    /** The code for a 9-digit payload: the payload followed by its Damm check digit. */
    public static TrackingCode withCheckDigit(String payload) {
        Objects.requireNonNull(payload, "payload");
        if (payload.length() != LENGTH - 1 || !payload.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("payload must be " + (LENGTH - 1) + " ASCII digits, got length "
                    + payload.length());
        }
        return new TrackingCode(payload + checkDigit(payload));
    }

    /** The Damm check digit of a string of ASCII digits. */
    public static int checkDigit(CharSequence digits) {
        return dammInterim(digits);
    }

    private static int dammInterim(CharSequence digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = TABLE[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
    }

    /** The 10 digits without separators, as stored and as typed on a keypad. */
    public String value() {
        return digits;
    }

    /** Grouped for reading aloud and printing: {@code "123 456 789 0"}. */
    public String formatted() {
        return digits.substring(0, 3) + ' ' + digits.substring(3, 6) + ' ' + digits.substring(6, 9) + ' '
                + digits.substring(9);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrackingCode other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** The 10 digits, same as {@link #value()}. */
    @Override
    public String toString() {
        return digits;
    }
}
