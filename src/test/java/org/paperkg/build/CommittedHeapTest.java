package org.paperkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * While a handle is open the JVM's {@code MaxHeapFreeRatio} is 100, and a collection that would have given the grown
 * heap back keeps it; closing the outermost handle puts the flag back. The heap's behaviour is checked in a JVM of
 * its own, so that this test's collections and heap size touch no other test.
 */
class CommittedHeapTest {

    @Test
    void handlesSetTheFlagAndTheOutermostPutsItBack() {
        String before = CommittedHeap.current();
        assertEquals("70", before, "the JVM's default");
        try (CommittedHeap outer = CommittedHeap.keep()) {
            assertEquals("100", CommittedHeap.current());
            try (CommittedHeap inner = CommittedHeap.keep()) {
                assertEquals("100", CommittedHeap.current());
            }
            assertEquals("100", CommittedHeap.current(), "a nested build ending leaves the outer one's setting");
        }
        assertEquals(before, CommittedHeap.current());
    }

    @Test
    void turnedOffByTheProperty() {
        System.setProperty(CommittedHeap.ENABLED_PROPERTY, "false");
        try (CommittedHeap heap = CommittedHeap.keep()) {
            assertEquals("70", CommittedHeap.current());
        } finally {
            System.clearProperty(CommittedHeap.ENABLED_PROPERTY);
        }
    }

    @Test
    void aCollectionKeepsTheGrownHeapOnlyWhileAHandleIsOpen() throws Exception {
        long[] kept = probe("keep");
        long[] given = probe("default");
        // Each probe grew its heap to hold 256 MB, then let it all go and collected.
        assertTrue(kept[0] >= 256 << 20 && given[0] >= 256 << 20, "both grew: " + kept[0] + ", " + given[0]);
        assertTrue(kept[1] >= kept[0] * 9 / 10, "kept: " + kept[0] + " -> " + kept[1]);
        assertTrue(given[1] < given[0] / 2, "given back without a handle: " + given[0] + " -> " + given[1]);
    }

    /** Runs {@link Probe} in a JVM of its own; returns its committed heap before and after the collection. */
    private static long[] probe(String mode) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xms16m", "-Xmx1g", "-XX:+UseG1GC",
                "-cp", System.getProperty("java.class.path"), Probe.class.getName(), mode)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe ended");
        assertEquals(0, p.exitValue(), out);
        String[] last = out.strip().lines().reduce((a, b) -> b).orElseThrow().split(" ");
        return new long[] {Long.parseLong(last[0]), Long.parseLong(last[1])};
    }

    /** Grows the heap, drops what it holds and collects, with or without a handle open; prints committed bytes. */
    public static final class Probe {
        public static void main(String[] args) {
            boolean keep = args[0].equals("keep");
            List<byte[]> held = new ArrayList<>();
            for (int i = 0; i < 256; i++) held.add(new byte[1 << 20]);
            long grown = committed();
            CommittedHeap heap = keep ? CommittedHeap.keep() : null;
            held.clear();
            System.gc(); // a full collection resizes the heap by MinHeapFreeRatio and MaxHeapFreeRatio
            long after = committed();
            if (heap != null) heap.close();
            System.out.println(grown + " " + after);
        }

        private static long committed() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        }
    }
}
