package vn.pakn.interfaces.rest.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * RFC 9457 problem details, with the message in Vietnamese ({@code detail}, shown first) and in English
 * ({@code detail_en}). {@code errors} lists field-level validation errors.
 */
public record Problem(String type, String title, int status, String detail, String detail_en, String code,
                      List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    private static final String TYPE_BASE = "https://pakn.vn/problems/";

    public record FieldError(String field, String message, String message_en) {
    }

    public static Problem of(Response.Status status, String code, String messageVi, String messageEn) {
        return new Problem(TYPE_BASE + code, status.getReasonPhrase(), status.getStatusCode(), messageVi, messageEn, code, List.of());
    }

    public static Problem of(int status, String title, String code, String messageVi, String messageEn, List<FieldError> errors) {
        return new Problem(TYPE_BASE + code, title, status, messageVi, messageEn, code, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
