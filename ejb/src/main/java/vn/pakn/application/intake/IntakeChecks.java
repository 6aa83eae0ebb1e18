package vn.pakn.application.intake;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.pakn.domain.model.cases.Reporter;
import vn.pakn.domain.model.shared.DomainException;
import vn.pakn.domain.model.shared.PhoneNumbers;
import vn.pakn.domain.model.shared.Texts;

/**
 * The checks of a submission that need no database: text lengths, coordinates, the reporter's phone, e-mail and
 * citizen ID. Both the synchronous intake and the journal's acceptance run them, so a report the journal accepted
 * is one the case opening will take too (codes of category and area are checked by each against reference data).
 */
public final class IntakeChecks {

    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_TITLE = 300;
    /** The e-mail shape intake accepts (also used by channels that rather drop a bad address than refuse the report). */
    public static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");

    /** The normalised (NFC) description and title (the title derived from the description when none was given). */
    public record CheckedText(String title, String description) {
    }

    private IntakeChecks() {
    }

    /** Checks everything but the reference codes; returns the normalised texts. */
    public static CheckedText check(SubmitReport cmd) {
        String description = Texts.nfcOrNull(cmd.description());
        if (description == null) {
            throw DomainException.invalid("missing-description", "Cần nhập nội dung phản ánh.", "The description is required.");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw DomainException.invalid("description-too-long", "Nội dung quá dài (tối đa " + MAX_DESCRIPTION + " ký tự).",
                    "The description is too long (at most " + MAX_DESCRIPTION + " characters).");
        }
        String title = Optional.ofNullable(Texts.nfcOrNull(cmd.title())).orElseGet(() -> titleFrom(description));
        if (title.length() > MAX_TITLE) {
            throw DomainException.invalid("title-too-long", "Tiêu đề quá dài (tối đa " + MAX_TITLE + " ký tự).",
                    "The title is too long (at most " + MAX_TITLE + " characters).");
        }
        checkCoordinates(cmd.latitude(), cmd.longitude());
        reporter(cmd.reporter(), cmd.consentToShareIdentity());
        return new CheckedText(title, description);
    }

    /** The reporter with phone in E.164 (and its hash) and NFC text; refuses a bad phone, e-mail or citizen ID. */
    public static Reporter reporter(SubmitReport.ReporterData data, boolean consent) {
        if (data == null) {
            return new Reporter(null, null, null, null, null, null, consent);
        }
        String phone = null;
        if (data.phone() != null && !data.phone().isBlank()) {
            phone = PhoneNumbers.normalise(data.phone()).orElseThrow(() -> DomainException.invalid("bad-phone",
                    "Số điện thoại không hợp lệ.", "The phone number is not valid."));
        }
        String email = Texts.nfcOrNull(data.email());
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw DomainException.invalid("bad-email", "Địa chỉ thư điện tử không hợp lệ.", "The e-mail address is not valid.");
        }
        String citizenId = Texts.nfcOrNull(data.citizenId());
        if (citizenId != null && !CITIZEN_ID.matcher(citizenId).matches()) {
            throw DomainException.invalid("bad-citizen-id", "Số CCCD phải gồm 12 chữ số.", "The citizen ID must be 12 digits.");
        }
        return new Reporter(Texts.nfcOrNull(data.name()), phone, phone == null ? null : PhoneNumbers.hash(phone), email,
                citizenId, Texts.nfcOrNull(data.address()), consent);
    }

    static String titleFrom(String description) {
        String firstLine = description.lines().findFirst().orElse(description).strip();
        if (firstLine.length() <= 80) {
            return firstLine;
        }
        int cut = firstLine.lastIndexOf(' ', 80);
        return firstLine.substring(0, cut > 40 ? cut : 80) + "…";
    }

    private static void checkCoordinates(Double lat, Double lon) {
        if ((lat == null) != (lon == null)) {
            throw DomainException.invalid("partial-location", "Cần cả vĩ độ và kinh độ.", "Both latitude and longitude are needed.");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw DomainException.invalid("bad-location", "Toạ độ không hợp lệ.", "The coordinates are out of range.");
        }
    }
}
