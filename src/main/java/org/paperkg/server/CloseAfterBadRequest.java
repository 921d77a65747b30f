package org.paperkg.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's server-level error handler, which answers what never reaches a servlet: a request line or headers over
 * the cap (414, 431) and malformed requests (400). Jetty closes the connection after such an answer but does not say
 * so, so a keep-alive client may send its next request on the connection as it closes; in CI the JDK's client then
 * waited 60 s for an answer (RequestLimitsTest). Saying {@code Connection: close} makes a client open a new
 * connection instead. The answer itself is still written by the handler this wraps.
 */
final class CloseAfterBadRequest implements Request.Handler {
    private final Request.Handler errors;

    CloseAfterBadRequest(Request.Handler errors) {
        this.errors = errors;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        return errors.handle(request, response, callback);
    }
}
