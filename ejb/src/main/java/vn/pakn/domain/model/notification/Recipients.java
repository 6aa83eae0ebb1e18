package vn.pakn.domain.model.notification;

import java.util.Locale;
import vn.pakn.domain.model.identity.Role;
import vn.pakn.domain.model.shared.PhoneNumbers;

/**
 * How {@code notification.recipient} is written, so that a channel (e-mail, SMS) can resolve it at
 * delivery time, when the address book may have changed: {@code unit:<id>} (the unit's contact
 * address), {@code user:<username>} (a staff account), {@code role:<ROLE>} (everyone with that role),
 * or a plain address of a citizen: an e-mail address or an E.164 phone number.
 *
 * <p>{@link #forLog} is the only form of a recipient that may be written to a log.
 */
public final class Recipients {

    public static final String UNIT = "unit:";
    public static final String USER = "user:";
    public static final String ROLE = "role:";

    private Recipients() {
    }

    public static String unit(long unitId) {
        return UNIT + unitId;
    }

    public static String user(String username) {
        return USER + username;
    }

    public static String role(Role role) {
        return ROLE + role.name();
    }

    /**
     * The recipient with personal data removed: unit and role addresses as they are (they name no
     * person), a user as {@code user:***}, a phone masked (09xx xxx 678), an e-mail address as
     * {@code e-mail ***}.
     */
    public static String forLog(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return "-";
        }
        String r = recipient.strip();
        String lower = r.toLowerCase(Locale.ROOT);
        if (lower.startsWith(UNIT) || lower.startsWith(ROLE)) {
            return r;
        }
        if (lower.startsWith(USER)) {
            return USER + "***";
        }
        if (r.contains("@")) {
            return "e-mail ***";
        }
        return PhoneNumbers.normalise(r).map(PhoneNumbers::mask).orElse("***");
    }
}
