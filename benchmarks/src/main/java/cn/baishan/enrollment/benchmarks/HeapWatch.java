package cn.baishan.enrollment.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a benchmark needs, measured from the JVM's own GC notifications: after every collection, the heap still
 * occupied (live data plus garbage the collection did not reach). Its maximum over a run is the peak the work kept
 * alive, independent of how large the young generation was allowed to grow; when no collection runs at all,
 * {@link #allocated} bounds it instead. {@link #usedAfterFullGc} gives the retained size of what a setup built.
 */
final class HeapWatch implements NotificationListener {

    private final Set<String> heapPools = new HashSet<>();
    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();

    HeapWatch() {
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .forEach(pool -> heapPools.add(pool.getName()));
        for (GarbageCollectorMXBean collector : collectors) {
            ((NotificationEmitter) collector).addNotificationListener(this, null, null);
        }
    }

    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private long allocatedAtReset;

    /** Starts a new measurement window; call it on the thread whose allocations {@link #allocated} counts. */
    void reset() {
        maxAfterGc.set(0);
        collections.set(0);
        allocatedAtReset = threads.getCurrentThreadAllocatedBytes();
    }

    /**
     * Bytes the calling thread allocated since {@link #reset}: with the retained input, an upper bound of the heap
     * the work can have needed at any moment, whether or not a collection ran.
     */
    long allocated() {
        return threads.getCurrentThreadAllocatedBytes() - allocatedAtReset;
    }

    /** The largest heap occupancy seen right after a collection since {@link #reset}, in bytes. */
    long maxAfterGc() {
        return maxAfterGc.get();
    }

    long collections() {
        return collections.get();
    }

    void close() {
        for (GarbageCollectorMXBean collector : collectors) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(this);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // never registered on this collector
            }
        }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool :
                info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        collections.incrementAndGet();
        maxAfterGc.accumulateAndGet(used, Math::max);
    }

    /** Used heap after three full collections: what is still reachable. */
    static long usedAfterFullGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
