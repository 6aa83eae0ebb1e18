package vn.pakn.interfaces.open311.rest;

import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.pakn.domain.model.cases.InvalidTrackingCodeException;
import vn.pakn.domain.model.shared.DomainException;

/**
 * Failures in the spec's error format with the statuses it asks for: 404 for what does not exist, 403 for a
 * missing or wrong api_key, 400 for anything else the client can fix, 429 over the rate; an unexpected failure is
 * a 500 with an incident id that is in the log, never a stack trace.
 */
final class Open311Failures {

    private static final Logger LOG = Logger.getLogger(Open311Failures.class);

    private Open311Failures() {
    }

    static Response of(RuntimeException e, Open311Format format) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DomainException d) {
                int status = switch (d.kind()) {
                    case NOT_FOUND -> 404;
                    case FORBIDDEN -> 403;
                    case CONFLICT, INVALID -> 400;
                };
                return error(status, d.messageVi(), d.messageEn(), format);
            }
            if (c instanceof InvalidTrackingCodeException t) {
                return error(404, t.messageVi(), t.messageEn(), format);
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "PAKN1105: Open311 request failed unexpectedly, incident %s", incident);
        return error(500, "Hệ thống gặp lỗi; vui lòng thử lại sau. Mã sự cố: " + incident,
                "The system failed; please try again later. Incident id: " + incident, format);
    }

    static Response notFound(Open311Format format) {
        return error(404, "Không có phương thức Open311 này; xem /api/open311/discovery.xml.",
                "There is no such Open311 method; see /api/open311/discovery.xml.", format);
    }

    static Response tooManyRequests(Open311Format format, long retryAfterSeconds) {
        return Response.fromResponse(error(429, "Quá nhiều yêu cầu với api_key này; thử lại sau " + retryAfterSeconds + " giây.",
                "Too many requests with this api_key; retry in " + retryAfterSeconds + " seconds.", format))
                .header("Retry-After", retryAfterSeconds).build();
    }

    static Response error(int status, String vi, String en, Open311Format format) {
        return Response.status(status).type(format.contentType()).entity(Open311Documents.error(status, vi, en).render(format)).build();
    }
}
