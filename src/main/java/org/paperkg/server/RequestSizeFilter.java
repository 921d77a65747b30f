package org.paperkg.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Caps the size of a request body. Fuseki reads a whole query body into memory before parsing it, so without a cap
 * one client posting gigabytes could exhaust the heap. A declared {@code Content-Length} over the cap answers 413
 * without buffering anything (the body is first read and dropped within {@link RequestBodies}' bounds, so that the
 * answer reaches the client); a body of unknown length (chunked) is read through a counting stream that fails once
 * it passes the cap, so Fuseki answers an error instead of buffering on. (Over-long URLs and headers are refused by
 * Jetty itself, with 414/431, at its header buffer of {@link KgServer#MAX_HEADER_BYTES}.)
 */
final class RequestSizeFilter implements Filter {
    private final long maxBytes;

    RequestSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req instanceof HttpServletRequest request && resp instanceof HttpServletResponse response) {
            long declared = request.getContentLengthLong();
            if (declared > maxBytes) {
                RequestBodies.drainBeforeRefusal(request, response);
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "Request body of " + declared + " bytes is over the limit of " + maxBytes + " bytes");
                return;
            }
            if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
                Limited limited = new Limited(request, maxBytes);
                chain.doFilter(limited, new OverflowIsTooLarge(response, limited));
                return;
            }
        }
        chain.doFilter(req, resp);
    }

    /**
     * Says 413 where Fuseki, whose read failed on the counting stream, would answer 500: the client sent too much,
     * the server did not fail.
     */
    private static final class OverflowIsTooLarge extends HttpServletResponseWrapper {
        private final Limited request;

        OverflowIsTooLarge(HttpServletResponse response, Limited request) {
            super(response);
            this.request = request;
        }

        private int status(int sc) {
            return sc >= 400 && request.overflowed() ? SC_REQUEST_ENTITY_TOO_LARGE : sc;
        }

        @Override
        public void setStatus(int sc) {
            super.setStatus(status(sc));
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            int status = status(sc);
            super.sendError(status, status == sc ? msg : "Request body over the limit of " + request.max + " bytes");
        }
    }

    /** A request whose body stream fails once more than {@code max} bytes have been read. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long max;
        private Counting stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new Counting(super.getInputStream(), max);
            return stream;
        }

        boolean overflowed() {
            return stream != null && stream.count > max;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String enc = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), enc));
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long count;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        private void add(long n) throws IOException {
            if (n > 0 && (count += n) > max) throw new IOException("request body over the limit of " + max + " bytes");
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) add(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            add(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
