package vn.pakn.domain.model.cases;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Random;

/**
 * Issues new tracking codes: 9 random payload digits from a {@link SecureRandom} plus the Damm check
 * digit. Random, not sequential, so that knowing one code tells nothing about the others (a guess
 * hits one of 900 million codes, and the lookup also asks for the reporter's phone digits). The first
 * digit is never 0, so spreadsheets and phone keypads never drop a leading zero.
 *
 * <p>Codes are not checked for uniqueness here: the caller inserts the case with the code under the
 * database unique constraint and, on a violation, asks for another code and retries (a collision is
 * rare: with 1 million codes issued the chance per new code is about 1 in 900).
 *
 * <p>Thread-safe: one instance can serve the whole application.
 */
public final class TrackingCodeGenerator {

    private final Random random;

    /** A generator backed by a new {@link SecureRandom}. */
    public TrackingCodeGenerator() {
        this(new SecureRandom());
    }

    /** A generator drawing from {@code random}; pass a seeded {@link Random} only in tests. */
    public TrackingCodeGenerator(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new random code. */
    public TrackingCode next() {
        char[] payload = new char[TrackingCode.LENGTH - 1];
        payload[0] = (char) ('1' + random.nextInt(9));
        for (int i = 1; i < payload.length; i++) {
            payload[i] = (char) ('0' + random.nextInt(10));
        }
        return TrackingCode.withCheckDigit(new String(payload));
    }
}
