package vn.pakn.interfaces.intake.rest;

import vn.pakn.domain.model.shared.DomainException;

/** The client's retry key (header Idempotency-Key): printable, at most 200 characters. */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    static String check(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = key.strip();
        if (k.length() > 200 || !k.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
            throw DomainException.invalid("bad-idempotency-key", "Khoá Idempotency-Key phải là chuỗi ASCII in được, tối đa 200 ký tự.",
                    "The Idempotency-Key must be printable ASCII, at most 200 characters.");
        }
        return k;
    }
}
