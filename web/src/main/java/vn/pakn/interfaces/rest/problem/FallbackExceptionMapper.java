package vn.pakn.interfaces.rest.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Everything else: unreadable JSON and wrong types become 400, JAX-RS statuses keep their status, and an
 * unexpected failure is a 500 with an incident id that is in the log — never a stack trace to the client.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class);

    @Override
    public Response toResponse(Throwable t) {
        Problem known = Problems.ofAny(t);
        if (known != null) {
            return known.toResponse();
        }
        if (t instanceof NotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND, "no-such-resource", "Không có địa chỉ này.", "There is no such resource.").toResponse();
        }
        if (t instanceof NotAllowedException) {
            return Problem.of(405, "Method Not Allowed", "method-not-allowed", "Phương thức không được hỗ trợ.", "The method is not allowed here.", java.util.List.of()).toResponse();
        }
        if (t instanceof NotSupportedException) {
            return Problem.of(415, "Unsupported Media Type", "unsupported-media-type", "Cần gửi dữ liệu dạng JSON (application/json).",
                    "Send JSON (application/json).", java.util.List.of()).toResponse();
        }
        if (t instanceof NotAuthorizedException) {
            return Problem.of(Response.Status.UNAUTHORIZED, "unauthorized", "Cần đăng nhập.", "Sign-in required.").toResponse();
        }
        if (t instanceof ProcessingException || isJsonFailure(t)) {
            return Problem.of(Response.Status.BAD_REQUEST, "malformed-body",
                    "Dữ liệu gửi lên không đọc được (JSON sai cú pháp, sai kiểu dữ liệu hoặc giá trị không hợp lệ).",
                    "The request body cannot be read (malformed JSON, a wrong type or an unknown value).").toResponse();
        }
        if (t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            if (status == 403) {
                return Problem.of(Response.Status.FORBIDDEN, "forbidden", "Bạn không có quyền thực hiện thao tác này.",
                        "You are not allowed to do this.").toResponse();
            }
            return Problem.of(status, "Client Error", "bad-request", "Yêu cầu không hợp lệ.", "The request is not valid.", java.util.List.of()).toResponse();
        }
        if (t instanceof jakarta.ejb.EJBAccessException) {
            return Problem.of(Response.Status.FORBIDDEN, "forbidden", "Bạn không có quyền thực hiện thao tác này.",
                    "You are not allowed to do this.").toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(t, "PAKN0500: unexpected failure, incident %s", incident);
        return Problem.of(500, "Internal Server Error", "internal",
                "Hệ thống gặp lỗi; vui lòng thử lại sau. Mã sự cố: " + incident,
                "The system failed; please try again later. Incident id: " + incident, java.util.List.of()).toResponse();
    }

    private static boolean isJsonFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String n = c.getClass().getName();
            if (n.startsWith("jakarta.json") || n.contains("Jsonb") || n.contains("JsonParsing") || n.contains("DateTimeParse")
                    || n.contains("NumberFormat")) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }
}
