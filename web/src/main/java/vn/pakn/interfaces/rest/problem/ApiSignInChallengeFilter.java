package vn.pakn.interfaces.rest.problem;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;

/**
 * When HTTP Basic credentials are wrong, Elytron's FORM mechanism (the second in web.xml's login-config) answers
 * the challenge by forwarding to the login page with a 401. An API client cannot use a login page: for a request
 * under /api this forward becomes the problem detail (Vietnamese and English) with the Basic challenge instead.
 */
@WebFilter(urlPatterns = "/login.html", dispatcherTypes = DispatcherType.FORWARD)
public class ApiSignInChallengeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (!SecurityProblemServlet.isApi(request.getContextPath(), original)) {
            chain.doFilter(request, response);
            return;
        }
        if (!response.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PAKN\"");
        }
        SecurityProblemServlet.writeProblem(response, HttpServletResponse.SC_UNAUTHORIZED);
    }
}
