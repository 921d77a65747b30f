package org.paperkg.server;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A second line of defence in front of Fuseki: the dataset is already registered read-only, but Fuseki answers
 * some write attempts with 400 (e.g. {@code POST /kg/sparql} with {@code update=}, or {@code PUT /kg} with a
 * form body). This filter turns every write attempt into a clear refusal:
 * <ul>
 *   <li>{@code PUT}, {@code DELETE}, {@code PATCH} &rarr; 405 everywhere;</li>
 *   <li>{@code POST} carrying a SPARQL update ({@code application/sparql-update}, or an {@code update}
 *       form parameter) &rarr; 403.</li>
 * </ul>
 * Other requests (queries by GET or POST, console files, {@code /$/ping}) pass through; remaining POSTs to
 * write endpoints ({@code /kg/upload}, GSP POST, {@code /$/datasets}, ...) are refused by Fuseki itself with
 * 404 or 405 because those operations are not installed.
 */
final class ReadOnlyFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && resp instanceof HttpServletResponse response) {
            String method = request.getMethod().toUpperCase(Locale.ROOT);
            switch (method) {
                case "PUT", "DELETE", "PATCH" -> {
                    response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
                    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                            "Read-only server: " + method + " not allowed");
                    return;
                }
                case "POST" -> {
                    if (isUpdate(request)) {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN,
                                "Read-only server: SPARQL update not allowed");
                        return;
                    }
                }
                default -> { }
            }
        }
        chain.doFilter(req, resp);
    }

    private static boolean isUpdate(HttpServletRequest request) {
        String ct = request.getContentType();
        String type = ct == null ? "" : ct.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-update")) {
            return true;
        }
        // Reading a form parameter consumes a form body; the container keeps the parsed parameters for Fuseki.
        if (type.startsWith("application/x-www-form-urlencoded") || request.getQueryString() != null) {
            return request.getParameter("update") != null;
        }
        return false;
    }
}
