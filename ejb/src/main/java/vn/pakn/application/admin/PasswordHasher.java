package vn.pakn.application.admin;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * Hashes staff passwords the way the server's Elytron realm reads them from {@code app_user.password_hash}:
 * bcrypt in modular crypt form ({@code $2a$10$…}, 60 characters), a fresh random salt each time.
 */
public final class PasswordHasher {

    /** The bcrypt cost the realm is configured for (about 0.1 s per hash here). */
    public static final int COST = 10;

    private PasswordHasher() {
    }

    /** The hash of {@code password}; check it with {@link AccountRules#password} first (bcrypt reads 72 bytes). */
    public static String hash(String password) {
        char[] chars = password.toCharArray();
        try {
            return BCrypt.withDefaults().hashToString(COST, chars);
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }
}
