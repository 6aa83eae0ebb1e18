package vn.pakn.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import vn.pakn.interfaces.rest.problem.Problem;

/**
 * API calls outside /api/public, /api/openapi and /api/open311 (GeoReport v2, which checks its own API keys) need credentials; without them the answer is 401 with a Basic challenge and
 * a problem body — never the browser's login page, which an API client cannot use.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {

    private static final String[] OPEN_PATHS = {"public", "openapi", "open311"};

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        for (String open : OPEN_PATHS) {
            if (path.equals(open) || path.startsWith(open + "/")) {
                return;
            }
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            var problem = Problem.of(jakarta.ws.rs.core.Response.Status.UNAUTHORIZED, "unauthorized",
                    "Cần đăng nhập (HTTP Basic hoặc phiên đăng nhập).", "Sign-in required (HTTP Basic or a signed-in session).");
            var response = jakarta.ws.rs.core.Response.fromResponse(problem.toResponse());
            // The pages say "session expired" themselves; a Basic challenge would make the browser pop up its own
            // password dialog over them (and hang a headless one).
            if (!"XMLHttpRequest".equals(request.getHeaderString("X-Requested-With"))) {
                response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PAKN\"");
            }
            request.abortWith(response.build());
        }
    }
}
