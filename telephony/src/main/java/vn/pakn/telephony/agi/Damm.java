package vn.pakn.telephony.agi;

/**
 * Damm check digit (H. Michael Damm, 2004): detects every single-digit error and every adjacent transposition. The
 * tracking code is 9 digits followed by their Damm check digit. The table is the standard totally anti-symmetric
 * quasigroup of order 10.
 */
public final class Damm {

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

    private Damm() {
    }

    /** The check digit of a string of decimal digits. */
    public static int checkDigit(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at position " + i + " of '" + digits + "'");
            }
            interim = TABLE[interim][c - '0'];
        }
        return interim;
    }

    /** True when the last digit is the Damm check digit of the ones before it (the whole string reduces to 0). */
    public static boolean isValid(String digitsWithCheck) {
        if (digitsWithCheck == null || digitsWithCheck.length() < 2 || !digitsWithCheck.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return checkDigit(digitsWithCheck) == 0;
    }

    /** Appends the check digit. */
    public static String withCheckDigit(String digits) {
        return digits + checkDigit(digits);
    }
}
