package vn.pakn.application.cases;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import vn.pakn.domain.model.shared.DomainException;

/**
 * Where a page of a case list (newest first) ends: the last case's receipt time and id, as text for the
 * {@code after} query parameter ({@code 2026-11-23T02:15:00.123456Z_812345}).
 */
record CaseCursor(Instant receivedAt, long id) {

    static CaseCursor parse(String text) {
        int sep = text.lastIndexOf('_');
        try {
            if (sep > 0) {
                return new CaseCursor(Instant.parse(text.substring(0, sep)), Long.parseLong(text.substring(sep + 1)));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // answered below, as for a cursor without its separator
        }
        throw DomainException.invalid("bad-cursor", "Tham số after không hợp lệ: " + text,
                "The after parameter is not a page cursor: " + text);
    }

    @Override
    public String toString() {
        return receivedAt + "_" + id;
    }
}
