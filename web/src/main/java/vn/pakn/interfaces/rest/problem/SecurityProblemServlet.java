package vn.pakn.interfaces.rest.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.pakn.interfaces.rest.JsonbResolver;

/**
 * The error page of 401 and 403 (web.xml): refusals that the container makes before JAX-RS runs — above all a
 * wrong HTTP Basic password, which Elytron answers with a 401 and its challenge. Under /api the body is the same
 * problem detail (Vietnamese and English) as every other API error; the {@code WWW-Authenticate} header that the
 * mechanism set stays. Elsewhere (pages) a short bilingual text. Called directly, it does not exist.
 */
@WebServlet(urlPatterns = SecurityProblemServlet.PATH)
public class SecurityProblemServlet extends HttpServlet {

    public static final String PATH = "/security-problem";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(status instanceof Integer code) || (code != 401 && code != 403)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (isApi(request.getContextPath(), uri)) {
            writeProblem(response, code);
            return;
        }
        Problem problem = problem(code);
        response.setStatus(code);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/plain");
        response.getWriter().write(problem.detail() + "\n" + problem.detail_en() + "\n");
    }

    /** Writes the problem detail of a refused API call (401 or 403), keeping the headers already set. */
    static void writeProblem(HttpServletResponse response, int code) throws IOException {
        Problem problem = problem(code);
        response.setStatus(code);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.getWriter().write(JsonbResolver.shared().toJson(problem));
    }

    private static Problem problem(int code) {
        return code == 401
                ? Problem.of(Response.Status.UNAUTHORIZED, "unauthorized", "Tên đăng nhập hoặc mật khẩu không đúng, hoặc cần đăng nhập.",
                        "Wrong user name or password, or sign-in required.")
                : Problem.of(Response.Status.FORBIDDEN, "forbidden", "Bạn không có quyền thực hiện thao tác này.",
                        "You are not allowed to do this.");
    }

    static boolean isApi(String contextPath, Object uri) {
        if (!(uri instanceof String path)) {
            return false;
        }
        String inApp = path.startsWith(contextPath) ? path.substring(contextPath.length()) : path;
        return inApp.equals("/api") || inApp.startsWith("/api/");
    }
}
