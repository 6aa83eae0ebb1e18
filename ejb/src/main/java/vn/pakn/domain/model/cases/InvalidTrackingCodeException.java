package vn.pakn.domain.model.cases;

import java.util.Objects;

/**
 * A string that is not a tracking code. The {@link Reason} lets the REST layer answer with a precise
 * problem detail and lets the IVR say "please check the number" in the right words.
 */
public final class InvalidTrackingCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the input. */
    public enum Reason {
        WRONG_LENGTH(
                "Mã tra cứu phải gồm đúng " + TrackingCode.LENGTH + " chữ số.",
                "A tracking code has exactly " + TrackingCode.LENGTH + " digits."),
        NOT_DIGITS(
                "Mã tra cứu chỉ gồm các chữ số 0–9 (có thể có dấu cách hoặc gạch ngang).",
                "A tracking code contains only the digits 0-9 (spaces and dashes are ignored)."),
        WRONG_CHECK_DIGIT(
                "Mã tra cứu không đúng, vui lòng kiểm tra lại từng chữ số.",
                "This is not a valid tracking code; please check the digits.");

        private final String messageVi;
        private final String messageEn;

        Reason(String messageVi, String messageEn) {
            this.messageVi = messageVi;
            this.messageEn = messageEn;
        }
    }

    private final Reason reason;

    public InvalidTrackingCodeException(Reason reason) {
        super(Objects.requireNonNull(reason, "reason").messageEn);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The message in Vietnamese. It never repeats the input, which may be someone's phone number. */
    public String messageVi() {
        return reason.messageVi;
    }

    /** The message in English; same as {@link #getMessage()}. */
    public String messageEn() {
        return reason.messageEn;
    }
}
