package org.paperkg.build;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the heap that the collector has grown during a build from being given back before the build ends.
 *
 * <p>Why: G1 resizes the heap at the end of every concurrent marking cycle (its Remark pause), down to what leaves
 * {@code MaxHeapFreeRatio} (70%) of it free. A build's heap holds little that lives long (about 100 MB in a build of
 * 1,000 papers into the 115k store) but allocates fast (4.6 GB there, most of it TDB2's page work), so the young
 * collections that follow grow the heap straight back: 744 → 274 → 705 MB, then 705 → 394 → 969 MB in one such
 * build. Each round trip hands hundreds of megabytes back to the operating system and takes them again (each page
 * taken again is faulted in again), and the smaller heap between them means more young collections. Kept, the
 * build ran 25 young collections instead of 27–29, and its wall time was ahead in 11 of 18 alternating blocks,
 * by less than the host's own spread; the total of page faults did not fall measurably (docs/PERFORMANCE.md,
 * 2026-12-07 19:11).
 *
 * <p>How: {@code MaxHeapFreeRatio} is one of HotSpot's manageable flags, which a running JVM may change through its
 * {@link HotSpotDiagnosticMXBean}; 100 means "never shrink for being too free". {@link #keep} sets it and the
 * returned handle puts the old value back, so a JVM that lives on (a server that built its seeds first, a test
 * run) shrinks its heap again after the build. On a JVM without the bean or the flag nothing changes.
 */
public final class CommittedHeap implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CommittedHeap.class);

    static final String FLAG = "MaxHeapFreeRatio";

    /** Set to {@code false} to leave the collector's default alone (for measuring both ways). */
    public static final String ENABLED_PROPERTY = "paperkg.keepHeapCommitted";

    /** Nested builds in one JVM: only the outermost handle restores the flag. */
    private static int depth;
    private static String saved;

    private boolean open = true;

    private CommittedHeap() {
    }

    /** Stops the heap from shrinking until the returned handle is closed. */
    public static CommittedHeap keep() {
        CommittedHeap handle = new CommittedHeap();
        if (!Boolean.parseBoolean(System.getProperty(ENABLED_PROPERTY, "true"))) {
            handle.open = false;
            return handle;
        }
        synchronized (CommittedHeap.class) {
            if (depth++ == 0) saved = set("100");
        }
        return handle;
    }

    @Override
    public void close() {
        if (!open) return;
        open = false;
        synchronized (CommittedHeap.class) {
            if (--depth == 0 && saved != null) {
                set(saved);
                saved = null;
            }
        }
    }

    /** The flag's value now, or null where the JVM does not have it (for tests). */
    static String current() {
        try {
            return bean().getVMOption(FLAG).getValue();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Sets the flag and returns its previous value; null (logged at debug) where it cannot be set. */
    private static String set(String value) {
        try {
            HotSpotDiagnosticMXBean bean = bean();
            String before = bean.getVMOption(FLAG).getValue();
            bean.setVMOption(FLAG, value);
            return before;
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("{} left as it is: {}", FLAG, e.toString());
            return null;
        }
    }

    private static HotSpotDiagnosticMXBean bean() {
        return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    }
}
