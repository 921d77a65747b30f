package org.paperkg.server;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads and drops the rest of a request body before a refusal goes out (what nginx calls a lingering close).
 * A server that answers while the client is still sending and then closes the connection leaves unread bytes in
 * its socket; the kernel answers them with a reset, and a reset can reach the client before it has read the
 * answer, which it then never sees (Java's client says "header parser received no bytes"). Once the body has been
 * read the connection is clean and can even be kept alive.
 * <p>
 * Draining is bounded in bytes and in time, so that a client cannot hold a thread by sending without end: past
 * either bound the answer says {@code Connection: close} and the client is left to see the reset.
 */
final class RequestBodies {
    /** Most bytes read to drop a refused body: 64 MB is well under a second on a local network. */
    static final long DRAIN_LIMIT_BYTES = 64L * 1024 * 1024;
    /** Longest time spent dropping a refused body. */
    static final long DRAIN_LIMIT_MILLIS = 10_000;

    private RequestBodies() {
    }

    /**
     * Drops what is left of the request's body, within the bounds; says {@code Connection: close} on the response
     * when the body could not be read to its end (it passed a bound, or the client went away).
     */
    static void drainBeforeRefusal(HttpServletRequest request, HttpServletResponse response) {
        if (!drain(request) && !response.isCommitted()) response.setHeader("Connection", "close");
    }

    /** True when the body was read to its end. A body already read (as a form, or by a reader) counts as ended. */
    static boolean drain(HttpServletRequest request) {
        long declared = request.getContentLengthLong();
        if (declared > DRAIN_LIMIT_BYTES) return false;
        long deadline = System.currentTimeMillis() + DRAIN_LIMIT_MILLIS;
        byte[] buffer = new byte[16 * 1024];
        long read = 0;
        try {
            // The container's own stream: a wrapper's stream may fail on purpose (RequestSizeFilter's counting one).
            ServletRequest raw = request;
            while (raw instanceof ServletRequestWrapper wrapper) raw = wrapper.getRequest();
            InputStream in = raw.getInputStream();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                read += n;
                if (read > DRAIN_LIMIT_BYTES || System.currentTimeMillis() > deadline) return false;
            }
            return true;
        } catch (IllegalStateException readerInUse) {
            return true; // the body was read through getReader(): nothing is left
        } catch (IOException brokenOrTooLarge) {
            return false;
        }
    }
}
