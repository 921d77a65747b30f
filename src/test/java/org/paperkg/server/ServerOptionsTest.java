package org.paperkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ServerOptionsTest {

    @Test
    void defaults() {
        ServerOptions o = ServerOptions.defaults();
        assertEquals("127.0.0.1", o.host());
        assertEquals(3030, o.port());
        assertEquals(Duration.ofSeconds(30), o.queryTimeout());
        assertEquals("kg", o.datasetName());
        assertEquals(o, new ServerOptions(null, 3030, null, null));
    }

    @Test
    void withers() {
        ServerOptions o = ServerOptions.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(2))
                .withDatasetName("/papers").withHost("::1");
        assertEquals(0, o.port());
        assertEquals(Duration.ofSeconds(2), o.queryTimeout());
        assertEquals("papers", o.datasetName());
        assertEquals("::1", o.host());
    }

    @Test
    void rejectsBadValues() {
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults().withPort(-1));
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults().withPort(70000));
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults().withQueryTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults().withDatasetName("a/b"));
        assertThrows(IllegalArgumentException.class, () -> ServerOptions.defaults().withDatasetName("$"));
    }

    @Test
    void loopbackDetection() {
        assertTrue(KgServer.isLoopback("127.0.0.1"));
        assertTrue(KgServer.isLoopback("::1"));
        assertTrue(KgServer.isLoopback("localhost"));
        assertFalse(KgServer.isLoopback("0.0.0.0"));
        assertFalse(KgServer.isLoopback("192.0.2.10"));
    }
}
