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
import jakarta.servlet.http.HttpServletResponseWrapper;

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
 * <p>
 * Every refusal first reads the rest of the request body ({@link RequestBodies}). A refusal sent before the body
 * has arrived makes Jetty drop the connection once it has answered, although the answer said nothing of closing: a
 * client that keeps connections alive then sends its next request into a closed socket and gets no answer (a POST
 * is not retried). Refusals made by Fuseki behind this filter are caught by {@link BodyDiscardingResponse} when
 * they set their status.
 */
final class ReadOnlyFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && resp instanceof HttpServletResponse response) {
            String method = request.getMethod().toUpperCase(Locale.ROOT);
            switch (method) {
                case "PUT", "DELETE", "PATCH" -> {
                    RequestBodies.drainBeforeRefusal(request, response);
                    response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
                    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                            "Read-only server: " + method + " not allowed");
                    return;
                }
                case "POST" -> {
                    if (isUpdate(request)) {
                        RequestBodies.drainBeforeRefusal(request, response);
                        response.sendError(HttpServletResponse.SC_FORBIDDEN,
                                "Read-only server: SPARQL update not allowed");
                        return;
                    }
                }
                default -> { }
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                chain.doFilter(request, new BodyDiscardingResponse(request, response));
                return;
            }
        }
        chain.doFilter(req, resp);
    }

    /** Discards the request body when the servlet behind answers with an error status, before the answer goes out. */
    private static final class BodyDiscardingResponse extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        BodyDiscardingResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        private void beforeStatus(int status) {
            if (status >= 400 && !isCommitted()) {
                RequestBodies.drainBeforeRefusal(request, (HttpServletResponse) getResponse());
            }
        }

        @Override
        public void setStatus(int sc) {
            beforeStatus(sc);
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            beforeStatus(sc);
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            beforeStatus(sc);
            super.sendError(sc, msg);
        }
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
