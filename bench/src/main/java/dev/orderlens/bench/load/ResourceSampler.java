package dev.orderlens.bench.load;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;

/**
 * Watches this JVM while a load runs: heap in use (sampled every 10 ms, and the heap pools' own peaks), live
 * platform threads (virtual threads are not counted by the JVM's thread counts) and garbage collection.
 */
final class ResourceSampler implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 10;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long gcCountBefore;
    private final long gcMillisBefore;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long maxHeapUsed;

    private ResourceSampler() {
        gcCountBefore = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        gcMillisBefore = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        threads.resetPeakThreadCount();
        sampler = new Thread(this::sample, "resource-sampler");
        sampler.setDaemon(true);
    }

    static ResourceSampler start() {
        ResourceSampler resources = new ResourceSampler();
        resources.sampler.start();
        return resources;
    }

    private void sample() {
        while (running) {
            maxHeapUsed = Math.max(maxHeapUsed, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** What was seen since the start, in a line for the report. */
    String report() {
        long poolPeaks = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long gcCount = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum() - gcCountBefore;
        long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - gcMillisBefore;
        return String.format("peak heap used %d MB (sampled every %d ms; sum of heap pool peaks %d MB) of %d MB;"
                        + " max live platform threads %d; %d collections taking %d ms",
                mb(maxHeapUsed), INTERVAL_MILLIS, mb(poolPeaks), mb(memory.getHeapMemoryUsage().getMax()),
                threads.getPeakThreadCount(), gcCount, gcMillis);
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
