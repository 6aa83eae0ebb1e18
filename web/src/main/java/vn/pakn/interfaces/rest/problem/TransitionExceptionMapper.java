package vn.pakn.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.pakn.domain.model.cases.IllegalCaseTransitionException;

/** A workflow step the role or the state does not allow: 403 for the role, 409 for the state. */
@Provider
public class TransitionExceptionMapper implements ExceptionMapper<IllegalCaseTransitionException> {

    @Override
    public Response toResponse(IllegalCaseTransitionException e) {
        return Problems.of(e).toResponse();
    }
}
