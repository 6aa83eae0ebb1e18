package vn.pakn.domain.model.shared;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user can understand: it carries a stable code and the message in Vietnamese and English,
 * and rolls back the transaction it is thrown in, so nothing is half-written.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    /** What kind of refusal this is; the REST layer turns it into an HTTP status. */
    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID }

    private final Kind kind;
    private final String code;
    private final String messageVi;

    public DomainException(Kind kind, String code, String messageVi, String messageEn) {
        super(messageEn);
        this.kind = kind;
        this.code = code;
        this.messageVi = messageVi;
    }

    public static DomainException notFound(String whatVi, String whatEn, Object id) {
        return new DomainException(Kind.NOT_FOUND, "not-found",
                "Không tìm thấy " + whatVi + " " + id + ".", "No " + whatEn + " " + id + " was found.");
    }

    public static DomainException forbidden(String messageVi, String messageEn) {
        return new DomainException(Kind.FORBIDDEN, "forbidden", messageVi, messageEn);
    }

    public static DomainException conflict(String code, String messageVi, String messageEn) {
        return new DomainException(Kind.CONFLICT, code, messageVi, messageEn);
    }

    public static DomainException invalid(String code, String messageVi, String messageEn) {
        return new DomainException(Kind.INVALID, code, messageVi, messageEn);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return getMessage();
    }
}
