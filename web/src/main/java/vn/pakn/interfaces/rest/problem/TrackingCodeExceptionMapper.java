package vn.pakn.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.pakn.domain.model.cases.InvalidTrackingCodeException;

/** A mistyped tracking code (wrong length, not digits, wrong check digit). */
@Provider
public class TrackingCodeExceptionMapper implements ExceptionMapper<InvalidTrackingCodeException> {

    @Override
    public Response toResponse(InvalidTrackingCodeException e) {
        return Problems.of(e).toResponse();
    }
}
