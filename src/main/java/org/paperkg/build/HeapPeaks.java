package org.paperkg.build;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a stretch of work needed, from the collector's own reports: the most heap in use just before a
 * collection (what the work filled, never more than the heap) and the most still in use just after one (what it
 * kept alive). Adding up each pool's peak instead overstates: the pools peak at different moments, and the sum can
 * pass the heap's maximum.
 */
final class HeapPeaks implements AutoCloseable {
    private final Set<String> heapPools = new HashSet<>();
    private final AtomicLong beforeGc = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onCollection;

    /** Starts listening, after a collection so that what came before does not count. */
    HeapPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) heapPools.add(p.getName());
        }
        System.gc();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private void onCollection(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        beforeGc.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
        afterGc.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        long sum = 0;
        for (var e : pools.entrySet()) if (heapPools.contains(e.getKey())) sum += e.getValue().getUsed();
        return sum;
    }

    /** Most heap in use before a collection, in MB (the heap in use now if none ran). */
    long inUseMb() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(beforeGc.get(), now) >> 20;
    }

    /** Most heap still in use after a collection, in MB. */
    long liveMb() {
        return afterGc.get() >> 20;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
