package vn.pakn.interfaces.rest.problem;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.pakn.domain.model.cases.IllegalCaseTransitionException;
import vn.pakn.domain.model.cases.InvalidTrackingCodeException;
import vn.pakn.domain.model.shared.DomainException;

/** Turns every known failure into one problem shape; anything unknown becomes a 500 without internals. */
public final class Problems {

    private Problems() {
    }

    public static Problem of(DomainException e) {
        var status = switch (e.kind()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case CONFLICT -> Response.Status.CONFLICT;
            case INVALID -> Response.Status.BAD_REQUEST;
        };
        return Problem.of(status, e.code(), e.messageVi(), e.messageEn());
    }

    public static Problem of(IllegalCaseTransitionException e) {
        var status = e.reason() == IllegalCaseTransitionException.Reason.ROLE_NOT_ALLOWED
                ? Response.Status.FORBIDDEN : Response.Status.CONFLICT;
        return Problem.of(status, "illegal-transition", e.messageVi(), e.messageEn());
    }

    public static Problem of(InvalidTrackingCodeException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "invalid-tracking-code", e.messageVi(), e.messageEn());
    }

    public static Problem of(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream().map(v -> {
            String path = v.getPropertyPath().toString();
            String field = path.contains(".") ? path.substring(path.indexOf('.', path.indexOf('.') + 1) + 1) : path;
            String[] msg = v.getMessage().split("\\|", 2);
            return new Problem.FieldError(field, msg[0].strip(), msg.length > 1 ? msg[1].strip() : msg[0].strip());
        }).sorted(java.util.Comparator.comparing(Problem.FieldError::field)).toList();
        return Problem.of(400, "Bad Request", "validation", "Dữ liệu gửi lên không hợp lệ.", "The request data is not valid.", errors);
    }

    /** Unwraps the container's wrapper to the failure that explains it, if it is one we know. */
    public static Problem ofAny(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DomainException d) {
                return of(d);
            }
            if (c instanceof IllegalCaseTransitionException i) {
                return of(i);
            }
            if (c instanceof InvalidTrackingCodeException i) {
                return of(i);
            }
            if (c instanceof ConstraintViolationException v) {
                return of(v);
            }
            if (c == c.getCause() || (c instanceof EJBException && c.getCause() == null)) {
                break;
            }
        }
        return null;
    }
}
